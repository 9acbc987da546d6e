// Mistake: the first argument is always the start, so new Range(5) runs from 5 to undefined and is empty.
export * from '../solution/index.ts'

export class Range implements Iterable<number> {
  readonly #start: number
  readonly #stop: number
  readonly #step: number

  constructor(start: number, stop?: number, step = 1) {
    if (step === 0) throw new RangeError('a Range step must not be 0')
    this.#start = start
    this.#stop = stop as number
    this.#step = step
  }

  get length(): number {
    return Math.max(0, Math.ceil((this.#stop - this.#start) / this.#step))
  }

  [Symbol.iterator](): Iterator<number> {
    let current = this.#start
    const stop = this.#stop
    const step = this.#step
    return {
      next(): IteratorResult<number, undefined> {
        const more = step > 0 ? current < stop : current > stop
        if (!more) return { done: true, value: undefined }
        const value = current
        current += step
        return { done: false, value }
      },
    }
  }
}
