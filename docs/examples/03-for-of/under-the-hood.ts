// An iterable that reports every call a for...of loop makes on it.
const noisy: Iterable<string> = {
  [Symbol.iterator]() {
    console.log('open: [Symbol.iterator]()')
    const fruits = ['apple', 'banana', 'cherry']
    let position = 0
    return {
      next() {
        if (position === fruits.length) {
          console.log('next(): done')
          return { done: true, value: undefined }
        }
        const value = fruits[position++] as string
        console.log(`next(): ${value}`)
        return { done: false, value }
      },
      return() {
        console.log('close: return()')
        return { done: true, value: undefined }
      },
    }
  },
}

for (const fruit of noisy) console.log(`  loop body: ${fruit}`)

console.log('--- now with break')
for (const fruit of noisy) {
  console.log(`  loop body: ${fruit}`)
  if (fruit === 'banana') break
}
