// An async generator: it can await between its yields.
// stands in for a network call
const later = <T>(value: T) => Promise.resolve(value)

async function* countdown(from: number) {
  for (let n = from; n > 0; n -= 1) yield await later(n)
  return 'liftoff' // a return value is not part of the loop's values
}

for await (const n of countdown(3)) console.log(n)

const values: number[] = []
for await (const n of countdown(2)) values.push(n)
console.log(JSON.stringify(values))
