function note(text: string): number {
  console.log(`  (${text})`)
  return 1
}

function* countFrom(start = note('the default: at the call')) {
  note('the body: at the first next()')
  for (let n = start; ; n += 1) yield n
}

console.log('countFrom()')
const counter = countFrom()
console.log('counter.next()')
console.log(counter.next().value)

// Destructuring a parameter is part of the call as well.
function* repeat({ word, times }: { word: string; times: number }) {
  for (let i = 0; i < times; i += 1) yield word
}
try {
  repeat(null as never)
} catch (error) {
  const { name } = error as Error
  console.log(`repeat(null) threw at the call: ${name}`)
}
