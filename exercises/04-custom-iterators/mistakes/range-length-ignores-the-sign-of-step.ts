// Breaks 3.2: length divides by the size of the step, Math.abs(step), so every counting-down range has length 0.
export * from '../solution/index.ts'
import { Range as SolutionRange } from '../solution/index.ts'

export class Range extends SolutionRange {
  readonly #distance: number
  readonly #step: number

  constructor(startOrStop: number, stop?: number, step = 1) {
    super(startOrStop, stop, step)
    this.#distance = stop === undefined ? startOrStop : stop - startOrStop
    this.#step = step
  }

  override get length(): number {
    return Math.max(0, Math.ceil(this.#distance / Math.abs(this.#step)))
  }
}
