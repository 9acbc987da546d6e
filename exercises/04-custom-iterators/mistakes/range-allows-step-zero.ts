// Mistake: no check for step 0, so new Range(0, 5, 0) is accepted and a loop over it never ends.
export * from '../solution/index.ts'

export class Range implements Iterable<number> {
  readonly #start: number
  readonly #stop: number
  readonly #step: number

  constructor(startOrStop: number, stop?: number, step = 1) {
    this.#start = stop === undefined ? 0 : startOrStop
    this.#stop = stop === undefined ? startOrStop : stop
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
