// Breaks 2.1: `stop ? … : …` to tell the one-argument form: a stop of 0 counts as missing, so
// new Range(5, 0, -1) becomes a range from 0 to 5 counting down, which is empty.
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
    this.#start = stop ? whole('start', startOrStop) : 0
    this.#stop = whole('stop', stop ? stop : startOrStop)
    this.#step = whole('step', step)
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
