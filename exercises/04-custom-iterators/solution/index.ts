/** Exercise 04, a model answer. */

/**
 * The seed's class: 1, 2, 3, … forever. It is its own iterator, as Python's `__iter__` returns
 * `self`, and, like the seed, it restarts when it is opened: a quirk, not the norm.
 */
export class MyNumbers implements IterableIterator<number> {
  // Python's self.a. Set here too, so next() works even before [Symbol.iterator]() is called.
  #a = 1

  /** Python's `__next__`: the current number, wrapped in a result that is never done. */
  next(): IteratorYieldResult<number> {
    const x = this.#a
    this.#a += 1
    return { done: false, value: x }
  }

  /** Python's `__iter__`: start again at 1, and hand back this same object. */
  [Symbol.iterator](): this {
    this.#a = 1
    return this
  }
}

/**
 * Python's range() takes whole numbers only; so does Range, and only those a number holds
 * exactly: past 2 ** 53, adding a step of 1 changes nothing, and the range would never end.
 */
function wholeNumber(name: string, value: number): number {
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`a Range ${name} must be a safe whole number, not ${String(value)}`)
  }
  return value
}

/** Python's `range`: the numbers from start up to, not including, stop, step apart. */
export class Range implements Iterable<number> {
  readonly #start: number
  readonly #stop: number
  readonly #step: number

  /** `new Range(stop)` or `new Range(start, stop, step)`, as Python's range(). */
  constructor(startOrStop: number, stop?: number, step = 1) {
    // With one argument (or an explicit undefined stop) it is the stop, as in Python's range(5).
    const oneArgument = stop === undefined
    this.#start = oneArgument ? 0 : wholeNumber('start', startOrStop)
    this.#stop = wholeNumber('stop', oneArgument ? startOrStop : stop)
    this.#step = wholeNumber('step', step)
    if (step === 0) {
      throw new RangeError('a Range step must not be 0: a step of 0 would never reach stop')
    }
  }

  /** How many values the range yields, worked out from start, stop and step: nothing is walked. */
  get length(): number {
    // Round up: the last, partial step still yields a value (0, 2, 4 for range(0, 5, 2)).
    // Never negative: a range whose start is already past its stop is empty.
    return Math.max(0, Math.ceil((this.#stop - this.#start) / this.#step))
  }

  /** A fresh iterator on every call, each with its own position: nested loops do not interfere. */
  [Symbol.iterator](): IterableIterator<number> {
    const stop = this.#stop
    const step = this.#step
    let current = this.#start
    return {
      next(): IteratorResult<number, undefined> {
        // Has current reached or passed stop? Which way is "past" depends on the sign of step;
        // comparing with !== would miss a stop that a step jumps over.
        const finished = step > 0 ? current >= stop : current <= stop
        if (finished) return { done: true, value: undefined }
        const value = current
        current += step
        return { done: false, value }
      },
      // As every built-in iterator: iterable too, handing back itself with no side effect.
      [Symbol.iterator]() {
        return this
      },
    }
  }
}

interface ListNode<T> {
  value: T
  next: ListNode<T> | undefined
}

/** A singly linked list: `push` appends, and a for...of loop walks it from the first value. */
export class LinkedList<T> implements Iterable<T> {
  #head: ListNode<T> | undefined
  #tail: ListNode<T> | undefined

  /** Appends `value` after the last node. */
  push(value: T): void {
    const node: ListNode<T> = { value, next: undefined }
    if (this.#tail === undefined) this.#head = node
    else this.#tail.next = node
    this.#tail = node
  }

  /** Walks the nodes; the position lives in this call, not on the list, so every loop starts fresh. */
  [Symbol.iterator](): IterableIterator<T> {
    // The node handed out last. Its link is followed only when the next value is asked for, so a
    // value pushed meanwhile is seen, as a loop over an array sees one.
    let last: ListNode<T> | undefined
    // Once done, done for good, as an array iterator: a value pushed later is for a new loop.
    let finished = false
    const iterator: IterableIterator<T> = {
      // The end is "no next node", never a value test: 0, '' and undefined are values too.
      next: (): IteratorResult<T, undefined> => {
        if (!finished) {
          const node = last === undefined ? this.#head : last.next
          if (node !== undefined) {
            last = node
            return { done: false, value: node.value }
          }
          finished = true
        }
        return { done: true, value: undefined }
      },
      [Symbol.iterator]: () => iterator,
    }
    return iterator
  }
}
