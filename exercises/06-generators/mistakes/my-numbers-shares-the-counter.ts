// Breaks 1.5: keeping the counter outside the generator, as the class kept it on `this`. Every call
// shares it, so a second myNumbers() carries on where the first one stopped.
export * from '../solution/index.ts'

let current = 1

export function* myNumbers(limit = Infinity): Generator<number> {
  while (current <= limit) {
    yield current
    current += 1
  }
}
