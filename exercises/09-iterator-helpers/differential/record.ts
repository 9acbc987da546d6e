/**
 * Objects that write down everything done to them: every property read, every call with its
 * arguments and `this`, every prototype lookup. The differential check builds the same objects for
 * the engine's helpers and for ours, and compares the two logs event by event.
 */

const IteratorPrototype: object = Object.getPrototypeOf(
  Object.getPrototypeOf([][Symbol.iterator]()),
)

export class Recorder {
  readonly events: string[] = []
  private readonly labels = new WeakMap<object, string>()
  private fresh = 0

  log(event: string): void {
    this.events.push(event)
  }

  /** `target` behind a proxy that logs every operation on it as `label.<trap> …`. */
  watch<T extends object>(target: T, label: string): T {
    const show = (key: PropertyKey) => (typeof key === 'symbol' ? key.toString() : key)
    const proxy = new Proxy(target, {
      get: (object, key, receiver) => {
        this.log(`${label}.get ${show(key)}`)
        return Reflect.get(object, key, receiver)
      },
      set: (object, key, value, receiver) => {
        this.log(`${label}.set ${show(key)} = ${this.show(value)}`)
        return Reflect.set(object, key, value, receiver)
      },
      has: (object, key) => {
        this.log(`${label}.has ${show(key)}`)
        return Reflect.has(object, key)
      },
      getPrototypeOf: (object) => {
        this.log(`${label}.getPrototypeOf`)
        return Reflect.getPrototypeOf(object)
      },
      ownKeys: (object) => {
        this.log(`${label}.ownKeys`)
        return Reflect.ownKeys(object)
      },
      getOwnPropertyDescriptor: (object, key) => {
        this.log(`${label}.getOwnPropertyDescriptor ${show(key)}`)
        return Reflect.getOwnPropertyDescriptor(object, key)
      },
      defineProperty: (object, key, descriptor) => {
        this.log(`${label}.defineProperty ${show(key)}`)
        return Reflect.defineProperty(object, key, descriptor)
      },
      deleteProperty: (object, key) => {
        this.log(`${label}.deleteProperty ${show(key)}`)
        return Reflect.deleteProperty(object, key)
      },
      apply: (fn, self, args) => {
        this.log(
          `call ${label}(${args.map((arg) => this.show(arg)).join(', ')}) this=${this.show(self)}`,
        )
        return Reflect.apply(fn as (...args: unknown[]) => unknown, self, args)
      },
    })
    this.labels.set(proxy, label)
    return proxy
  }

  /** A function that logs its calls (and any property read on it) under `label`. */
  fn(label: string, body: (...args: unknown[]) => unknown): (...args: unknown[]) => unknown {
    // A plain function, not an arrow, so that `this` reaches the log as it was passed.
    return this.watch(function (this: unknown, ...args: unknown[]) {
      return body.apply(this, args)
    }, label)
  }

  /** An error the scripts throw, known by its label in the log. */
  error(label: string): Error {
    const error = new Error(label)
    this.labels.set(error, label)
    return error
  }

  name(value: object, label: string): void {
    this.labels.set(value, label)
  }

  /** A value as the log shows it: scripted objects by label, others by what they are. */
  show(value: unknown): string {
    if (typeof value === 'string') return JSON.stringify(value)
    if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value)
    if (typeof value === 'bigint') return `${value}n`
    if (typeof value === 'symbol') return value.toString()
    if (value === null || (typeof value !== 'object' && typeof value !== 'function'))
      return String(value)
    const label = this.labels.get(value)
    if (label) return label
    if (value instanceof Error) return value.constructor.name
    if (Array.isArray(value)) return `[${value.map((item) => this.show(item)).join(', ')}]`
    return 'an unnamed object'
  }

  /** What a helper's next() or return() answered: its keys in order, and whether it is new. */
  showResult(result: unknown): string {
    if (typeof result !== 'object' || result === null) return this.show(result)
    const known = this.labels.get(result)
    if (known) return `${known} (handed through)`
    this.fresh += 1
    this.labels.set(result, `fresh#${this.fresh}`)
    const { value, done } = result as { value?: unknown; done?: unknown }
    const keys = Reflect.ownKeys(result).map(String).join(',')
    return `fresh#${this.fresh} {${keys}} value=${this.show(value)} done=${this.show(done)}`
  }
}

/** How an iterator's `return` behaves, for the closing rules. */
export type ReturnKind =
  'none' | 'null' | 'not callable' | 'object' | 'not done' | 'primitive' | 'throws'

/** What goes wrong at one pull. */
export type Fault = 'next throws' | 'not an object' | 'done throws' | 'value throws'

export interface SourceScript {
  /** The values next() hands out, in order, before it says done. */
  values: unknown[]
  returns?: ReturnKind
  /** A fault at pull number `at` (1 is the first pull). */
  fault?: { at: number; kind: Fault }
  /** `done` as the booleans, or as 1 and 0 (which only ToBoolean turns into them). */
  doneAs?: 'boolean' | 'number'
  /** Whether it inherits from Iterator.prototype (what from() checks). */
  proto?: 'object' | 'iterator'
}

/** A scripted iterator behind a recording proxy. */
export function scriptedIterator(
  record: Recorder,
  script: SourceScript,
  label: string,
  own: object = {},
): object {
  let pulls = 0
  const target = Object.create(script.proto === 'iterator' ? IteratorPrototype : Object.prototype)
  Object.assign(target, own)
  target.next = record.fn(`${label}.next`, () => {
    pulls += 1
    const fault = script.fault?.at === pulls ? script.fault.kind : undefined
    if (fault === 'next throws') throw record.error(`${label}.next error`)
    if (fault === 'not an object') return 5
    const done = pulls > script.values.length
    const result: Record<string, unknown> = {}
    const doneValue = script.doneAs === 'number' ? Number(done) : done
    Object.defineProperty(result, 'done', {
      enumerable: true,
      get: () => {
        if (fault === 'done throws') throw record.error(`${label}.done error`)
        return doneValue
      },
    })
    Object.defineProperty(result, 'value', {
      enumerable: true,
      get: () => {
        if (fault === 'value throws') throw record.error(`${label}.value error`)
        return done ? undefined : script.values[pulls - 1]
      },
    })
    return record.watch(result, `${label}.result${pulls}`)
  })
  const returns = script.returns ?? 'object'
  if (returns === 'null') target.return = null
  else if (returns === 'not callable') target.return = 7
  else if (returns !== 'none') {
    target.return = record.fn(`${label}.return`, () => {
      if (returns === 'throws') throw record.error(`${label}.return error`)
      if (returns === 'primitive') return 1
      const answer = returns === 'not done' ? { done: false } : { done: true }
      record.name(answer, `${label}.return answer`)
      return answer
    })
  }
  return record.watch(target, label)
}
