// Breaks 2.7: keeps the position on the Range and returns this from [Symbol.iterator](), like
// MyNumbers: each loop restarts it, so one loop at a time works, but nested loops share one
// position.
import { Range as SolutionRange } from '../solution/index.ts'
export * from '../solution/index.ts'

export class Range extends SolutionRange {
  readonly #start: number
  readonly #stop: number
  readonly #step: number
  #current = 0

  constructor(startOrStop: number, stop?: number, step = 1) {
    super(startOrStop, stop, step)
    this.#start = stop === undefined ? 0 : startOrStop
    this.#stop = stop === undefined ? startOrStop : stop
    this.#step = step
  }

  override [Symbol.iterator](): IterableIterator<number> {
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
