// Breaks 3.3: makes "never negative" true with Math.abs on both distance and step, so a range
// that runs the wrong way, new Range(5, 0), gets 5 instead of 0.
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

  override get length(): number {
    return Math.ceil(Math.abs(this.#stop - this.#start) / Math.abs(this.#step))
  }
}
