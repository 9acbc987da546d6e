// Mistake: the end test is always value < stop, so a negative step yields nothing instead of counting down.
export * from '../solution/index.ts'

export class Range implements Iterable<number> {
  readonly #start: number
  readonly #stop: number
  readonly #step: number

  constructor(startOrStop: number, stop?: number, step = 1) {
    if (step === 0) throw new RangeError('a Range step must not be 0')
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
        if (current >= stop) return { done: true, value: undefined }
        const value = current
        current += step
        return { done: false, value }
      },
    }
  }
}
