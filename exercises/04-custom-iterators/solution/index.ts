/** Exercise 04, a model answer. */

/** The seed's class: 1, 2, 3, … forever. It is its own iterator, as Python's `__iter__` returns `self`. */
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

/** Python's `range`: the numbers from start up to, not including, stop, step apart. */
export class Range implements Iterable<number> {
  readonly #start: number
  readonly #stop: number
  readonly #step: number

  /** `new Range(stop)` or `new Range(start, stop, step)`, as Python's range(). */
  constructor(startOrStop: number, stop?: number, step = 1) {
    if (step === 0) {
      throw new RangeError('a Range step must not be 0: a step of 0 would never reach stop')
    }
    // With one argument it is the stop, as in Python's range(5).
    this.#start = stop === undefined ? 0 : startOrStop
    this.#stop = stop === undefined ? startOrStop : stop
    this.#step = step
  }

  /** How many values the range yields, worked out from start, stop and step: nothing is walked. */
  get length(): number {
    // Round up: the last, partial step still yields a value (0, 2, 4 for range(0, 5, 2)).
    // Never negative: a range whose start is already past its stop is empty.
    return Math.max(0, Math.ceil((this.#stop - this.#start) / this.#step))
  }

  /** A fresh iterator on every call, each with its own position: nested loops do not interfere. */
  [Symbol.iterator](): Iterator<number> {
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
  [Symbol.iterator](): Iterator<T> {
    let node = this.#head
    return {
      // The end is "no next node", never a value test: 0, '' and undefined are values too.
      next(): IteratorResult<T, undefined> {
        if (node === undefined) return { done: true, value: undefined }
        const { value } = node
        node = node.next
        return { done: false, value }
      },
    }
  }
}
