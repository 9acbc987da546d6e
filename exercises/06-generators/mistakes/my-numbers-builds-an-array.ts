// Mistake: building the numbers into an array and returning its iterator. That is an iterator, but
// not a generator object, and with no limit there is no array long enough: it throws.
export * from '../solution/index.ts'

export function myNumbers(limit = Infinity): Generator<number> {
  const numbers = Array.from({ length: limit }, (_, index) => index + 1)
  return numbers[Symbol.iterator]() as unknown as Generator<number>
}
