// Breaks 2.8: hands out a bare { next() } object, which is an iterator but not iterable: a
// for...of or a spread over a half-read iterator throws "is not iterable".
import { Range as SolutionRange } from '../solution/index.ts'
export * from '../solution/index.ts'

export class Range extends SolutionRange {
  readonly #start: number
  readonly #stop: number
  readonly #step: number
  constructor(startOrStop: number, stop?: number, step = 1) {
    super(startOrStop, stop, step)
    this.#start = stop === undefined ? 0 : startOrStop
    this.#stop = stop === undefined ? startOrStop : stop
    this.#step = step
  }

  override [Symbol.iterator](): IterableIterator<number> {
    const stop = this.#stop
    const step = this.#step
    let current = this.#start
    const iterator: Iterator<number> = {
      next(): IteratorResult<number, undefined> {
        const more = step > 0 ? current < stop : current > stop
        if (!more) return { done: true, value: undefined }
        const value = current
        current += step
        return { done: false, value }
      },
    }
    return iterator as IterableIterator<number>
  }
}
