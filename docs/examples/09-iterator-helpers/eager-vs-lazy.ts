let calls = 0
const double = (n: number) => {
  calls += 1
  return n * 2
}
const numbers = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]

// Array methods are eager: each step builds a whole new array before
// the next step starts.
const eager = numbers
  .map(double)
  .filter((n) => n % 3 === 0)
  .slice(0, 2)
console.log(JSON.stringify(eager), 'calls:', calls)

// The same pipeline, lazily: each value goes all the way through before
// the next is read.
function* mapped<T, U>(source: Iterable<T>, fn: (value: T) => U) {
  for (const value of source) yield fn(value)
}
function* kept<T>(source: Iterable<T>, keep: (value: T) => boolean) {
  for (const value of source) if (keep(value)) yield value
}
function* first<T>(source: Iterable<T>, count: number) {
  if (count <= 0) return
  for (const value of source) {
    yield value
    if (--count === 0) return
  }
}

calls = 0
const lazy = [
  ...first(
    kept(mapped(numbers, double), (n) => n % 3 === 0),
    2,
  ),
]
console.log(JSON.stringify(lazy), 'calls:', calls)
