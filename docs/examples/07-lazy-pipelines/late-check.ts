// Python's itertools.repeat, with a check on its argument: but the
// check is inside the body.
function* repeatLate<T>(value: T, times: number): Generator<T> {
  if (!Number.isInteger(times) || times < 0)
    throw new RangeError(`bad times: ${times}`)
  for (let i = 0; i < times; i += 1) yield value
}

// no error here: the body has not started
const late = repeatLate('x', -1)
console.log('repeatLate returned without complaint')
try {
  late.next() // the error surfaces here, far from the bad call
} catch (error) {
  console.log(`first next() threw: ${(error as Error).message}`)
}

// The fix: a plain function checks, then returns the generator.
function repeat<T>(value: T, times: number): Generator<T> {
  if (!Number.isInteger(times) || times < 0)
    throw new RangeError(`bad times: ${times}`)
  return repeatValues(value, times)
}

function* repeatValues<T>(value: T, times: number): Generator<T> {
  for (let i = 0; i < times; i += 1) yield value
}

try {
  repeat('x', -1)
} catch (error) {
  console.log(`repeat threw at once: ${(error as Error).message}`)
}
console.log(JSON.stringify([...repeat('x', 3)]))
