/**
 * The iterator protocol, step by step, as the standard spells it (GetIteratorDirect,
 * IteratorStepValue, IteratorClose, …): the building blocks of exercise 09's model answer, also
 * used by the mistakes, so that each of them differs from the answer in one rule only.
 */

/**
 * %Iterator.prototype%: the object every built-in iterator inherits from. Node 20 has it too;
 * only the global `Iterator` that names it arrived later. It gives `[Symbol.iterator]() { return this }`.
 */
export const IteratorPrototype: object = Object.getPrototypeOf(
  Object.getPrototypeOf([][Symbol.iterator]()),
)

export type Callback<T, R> = (value: T, counter: number) => R

/** An iterator and the `next` method read from it once (the standard's Iterator Record). */
export interface Source {
  iterator: object
  next: unknown
  name: string
}

export const DONE = Symbol('done')

export type Method = (...args: unknown[]) => unknown

/** Checks the iterator, then the callback (closing the iterator if it is refused), then reads `next`. */
export function direct(iterator: unknown, name: string, callback: unknown): Source {
  checkIterator(iterator, name)
  if (typeof callback !== 'function')
    closeAfter(iterator, new TypeError(`${name}() needs a function, not ${describe(callback)}`))
  return readNext(iterator, name)
}

/** GetIteratorDirect: `next` is read once, now, and that method is called for every pull. */
export function readNext(iterator: object, name: string): Source {
  return { iterator, next: (iterator as { next?: unknown }).next, name }
}

/** IteratorStep: one pull, reading only the result's `done`. */
export function step(source: Source): object | typeof DONE {
  const { next, iterator, name } = source
  // A next that is not a function is a TypeError here, at the pull, as the standard has it.
  const result: unknown = Reflect.apply(next as Method, iterator, [])
  if (!isObject(result))
    throw new TypeError(`${name}(): next() returned ${describe(result)}, not a result object`)
  return (result as { done?: unknown }).done ? DONE : result
}

/** IteratorStepValue: one pull, then its `value` unless it is done. */
export function stepValue<T>(source: Source): T | typeof DONE {
  const result = step(source)
  return result === DONE ? DONE : (result as { value: T }).value
}

/** Calls a callback as the standard does (no `this`); if it throws, closes the source first. */
export function callClosing<T, R>(
  source: Source,
  callback: Callback<T, R>,
  value: T,
  counter: number,
): R {
  return closingOnError(source, () => callback(value, counter))
}

/** Runs `work`; an error from it closes the source, then passes on (IfAbruptCloseIterator). */
export function closingOnError<R>(source: Source, work: () => R): R {
  try {
    return work()
  } catch (error) {
    closeAfter(source.iterator, error)
  }
}

/** Yields `value`; if the consumer stops here, closes the source. */
export function* offer<T>(source: Source, value: T): Generator<T, void> {
  let resumed = false
  try {
    yield value
    resumed = true
  } finally {
    if (!resumed) close(source)
  }
}

/** Closes the source, then answers `value` (an early answer of some, every or find). */
export function closeWith<R>(source: Source, value: R): R {
  close(source)
  return value
}

/**
 * IteratorClose with no error on its way: `return` is read once and, if there is one, called;
 * what it answers must be an object.
 */
export function close(source: Source): void {
  const method = returnMethod(source.iterator)
  if (method === undefined) return
  const result: unknown = Reflect.apply(method, source.iterator, [])
  if (!isObject(result))
    throw new TypeError(`${source.name}(): return() gave ${describe(result)}, not an object`)
}

/** IteratorClose after an error: that error wins over anything closing throws. */
export function closeAfter(iterator: object, error: unknown): never {
  try {
    const method = returnMethod(iterator)
    if (method !== undefined) Reflect.apply(method, iterator, [])
  } catch {
    // The first error is the one the caller needs to see.
  }
  throw error
}

/** GetMethod(iterator, "return"): read once; undefined and null mean none; anything else must be callable. */
export function returnMethod(iterator: object): Method | undefined {
  const method: unknown = (iterator as { return?: unknown }).return
  // One that is not callable is a TypeError where it is called.
  return method === undefined || method === null ? undefined : (method as Method)
}

/**
 * What each lazy helper returns: it inherits from Iterator.prototype (so it is iterable) and runs
 * `body`, a generator that does the work. One rule a generator alone would skip: return() before
 * the first next() must still close the source, though the body never started.
 */
export function helper<T>(source: Source, body: Generator<T, void>): IterableIterator<T> {
  const result = Object.create(HelperPrototype) as IterableIterator<T>
  helpers.set(result, { source, body, started: false })
  return result
}

interface HelperState {
  source: Source
  body: Generator<unknown, void>
  started: boolean
}

const helpers = new WeakMap<object, HelperState>()

const HelperPrototype: object = Object.create(IteratorPrototype, {
  next: {
    writable: true,
    configurable: true,
    value: function next(this: object) {
      const state = helperState(this)
      state.started = true
      return state.body.next()
    },
  },
  return: {
    writable: true,
    configurable: true,
    value: function (this: object) {
      const state = helperState(this)
      if (state.started) return state.body.return()
      // Not started: finished from now on, and the source is closed, as the standard says.
      state.started = true
      state.body.return()
      close(state.source)
      return { value: undefined, done: true }
    },
  },
  [Symbol.toStringTag]: { configurable: true, value: 'Iterator Helper' },
})

/** The state of a helper: anything else, as `this`, fails with a TypeError on first use. */
const helperState = (value: object) => helpers.get(value) as HelperState

// ---- argument checks ----

export function checkIterator(value: unknown, name: string): asserts value is object {
  if (!isObject(value))
    throw new TypeError(`${name}() needs an iterator object, not ${describe(value)}`)
}

/** The standard's count rules: ToNumber, NaN and negatives refused, fractions truncated, Infinity allowed. */
export function toCount(iterator: object, limit: unknown, name: string): number {
  let count: number
  try {
    count = +(limit as number) // unary plus is ToNumber: it calls valueOf and refuses BigInt
  } catch (error) {
    closeAfter(iterator, error)
  }
  if (Number.isNaN(count))
    closeAfter(
      iterator,
      new RangeError(`${name}() needs a number as its count, not ${describe(limit)}`),
    )
  // Math.trunc(-0.5) is -0, which is not below 0: the standard counts it as 0.
  const whole = Math.trunc(count)
  if (whole < 0)
    closeAfter(iterator, new RangeError(`${name}() needs a count of 0 or more, not ${count}`))
  return whole
}

/**
 * GetIteratorFlattenable: an iterable's iterator, or the object itself when its
 * [Symbol.iterator] is undefined or null; primitives refused (strings accepted by from()).
 */
export function flattenable(value: unknown, name: string, strings: boolean): Source {
  if (!isObject(value) && !(strings && typeof value === 'string'))
    throw new TypeError(`${name}() needs an iterable or iterator object, not ${describe(value)}`)
  const open: unknown = (value as { [Symbol.iterator]?: unknown })[Symbol.iterator]
  let iterator: unknown = value
  // One that is not callable is a TypeError right here.
  if (open !== undefined && open !== null) iterator = Reflect.apply(open as Method, value, [])
  if (!isObject(iterator))
    throw new TypeError(
      `${name}(): [Symbol.iterator]() returned ${describe(iterator)}, not an iterator object`,
    )
  return readNext(iterator, name)
}

/** What the standard calls an Object: functions are objects too; null is not. */
export function isObject(value: unknown): value is object {
  return (typeof value === 'object' && value !== null) || typeof value === 'function'
}

/** A refused value, as an error message shows it: strings quoted, so "" and "42" stand out. */
export function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value)
  // String() of an object says [object Object], or throws for one with no prototype.
  if (isObject(value)) return 'an object'
  return String(value)
}

// ---- from()'s wrapper ----

/** The wrapped iterator of each wrapper from() made (the standard's [[Iterated]] slot). */
const wrapped = new WeakMap<object, Source>()

/** Iterator.from's wrapper around an iterator that does not inherit from Iterator.prototype. */
export function wrap(source: Source): object {
  const wrapper = Object.create(WrapperPrototype) as object
  wrapped.set(wrapper, source)
  return wrapper
}

const WrapperPrototype: object = Object.create(IteratorPrototype, {
  next: {
    writable: true,
    configurable: true,
    value: function next(this: object) {
      const source = wrapperSource(this)
      // The `next` read when from() was called, and its result as it is.
      return Reflect.apply(source.next as Method, source.iterator, [])
    },
  },
  return: {
    writable: true,
    configurable: true,
    value: function (this: object) {
      const { iterator } = wrapperSource(this)
      // Read now, not when the wrapper was made: a return() added later is the one called.
      const method = returnMethod(iterator)
      if (method === undefined) return { value: undefined, done: true }
      return Reflect.apply(method, iterator, [])
    },
  },
})

/** What a wrapper wraps: anything else, as `this`, fails with a TypeError on first use. */
const wrapperSource = (wrapper: object) => wrapped.get(wrapper) as Source
