// A naive flatMap: yield* whatever the callback returns.
function* naiveFlatMap<T, U>(
  source: Iterable<T>,
  fn: (value: T) => Iterable<U>,
) {
  for (const value of source) yield* fn(value)
}

const lines = ['hello world', 'hi']
console.log(
  JSON.stringify([...naiveFlatMap(lines, (line) => line.split(' '))]),
)

// Forgot the split? A string is iterable too, so it comes out in
// characters, silently.
console.log(JSON.stringify([...naiveFlatMap(lines, (line) => line)]))
