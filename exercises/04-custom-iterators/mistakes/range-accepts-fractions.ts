// Breaks 2.6: checks only for a step of 0, so fractions, NaN and Infinity are taken: the loop
// adds 0.1 in floating point and the length formula disagrees with it.
export * from '../solution/index.ts'

export class Range implements Iterable<number> {
  readonly #start: number
  readonly #stop: number
  readonly #step: number

  constructor(startOrStop: number, stop?: number, step = 1) {
    this.#start = stop === undefined ? 0 : startOrStop
    this.#stop = stop === undefined ? startOrStop : stop
    this.#step = step
    if (step === 0) throw new RangeError('a Range step must not be 0')
  }

  get length(): number {
    return Math.max(0, Math.ceil((this.#stop - this.#start) / this.#step))
  }

  [Symbol.iterator](): IterableIterator<number> {
    const stop = this.#stop
    const step = this.#step
    let current = this.#start
    return {
      next(): IteratorResult<number, undefined> {
        const more = step > 0 ? current < stop : current > stop
        if (!more) return { done: true, value: undefined }
        const value = current
        current += step
        return { done: false, value }
      },
      [Symbol.iterator]() {
        return this
      },
    }
  }
}
