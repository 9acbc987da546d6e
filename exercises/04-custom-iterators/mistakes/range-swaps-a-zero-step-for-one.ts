// Breaks 2.5: `step || 1` for the default: a step of 0 silently becomes 1, and nothing throws.
export * from '../solution/index.ts'

function whole(name: string, value: number): number {
  if (!Number.isInteger(value)) throw new RangeError(`a Range ${name} must be a whole number`)
  return value
}

export class Range implements Iterable<number> {
  readonly #start: number
  readonly #stop: number
  readonly #step: number

  constructor(startOrStop: number, stop?: number, step = 1) {
    const oneArgument = stop === undefined
    this.#start = oneArgument ? 0 : whole('start', startOrStop)
    this.#stop = whole('stop', oneArgument ? startOrStop : stop)
    this.#step = whole('step', step || 1)
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
