// Breaks 2.7: makes a new iterator object on every call, but keeps the position on the Range and
// never resets it: a second loop finds nothing, and two iterators share one position.
import { Range as SolutionRange } from '../solution/index.ts'
export * from '../solution/index.ts'

export class Range extends SolutionRange {
  readonly #start: number
  readonly #stop: number
  readonly #step: number
  #current: number | undefined

  constructor(startOrStop: number, stop?: number, step = 1) {
    super(startOrStop, stop, step)
    this.#start = stop === undefined ? 0 : startOrStop
    this.#stop = stop === undefined ? startOrStop : stop
    this.#step = step
  }

  override [Symbol.iterator](): IterableIterator<number> {
    return {
      next: (): IteratorResult<number, undefined> => {
        const current = this.#current ?? this.#start
        const more = this.#step > 0 ? current < this.#stop : current > this.#stop
        if (!more) return { done: true, value: undefined }
        this.#current = current + this.#step
        return { done: false, value: current }
      },
      [Symbol.iterator]() {
        return this
      },
    }
  }
}
