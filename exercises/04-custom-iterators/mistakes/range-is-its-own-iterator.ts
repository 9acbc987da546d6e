// Mistake: Range keeps the position on itself and returns this from [Symbol.iterator](), like MyNumbers.
// Each loop restarts it, so one loop at a time works, but nested loops share one position.
export * from '../solution/index.ts'

export class Range implements Iterable<number> {
  readonly #start: number
  readonly #stop: number
  readonly #step: number
  #current = 0

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
    this.#current = this.#start
    return this
  }

  next(): IteratorResult<number, undefined> {
    const more = this.#step > 0 ? this.#current < this.#stop : this.#current > this.#stop
    if (!more) return { done: true, value: undefined }
    const value = this.#current
    this.#current += this.#step
    return { done: false, value }
  }
}
