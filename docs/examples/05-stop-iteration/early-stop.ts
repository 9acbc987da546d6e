// An iterable that says when it is opened and when it is closed.
const fruits: Iterable<string> = {
  [Symbol.iterator]() {
    console.log('  opened')
    const names = ['apple', 'banana', 'cherry']
    let position = 0
    return {
      next(): IteratorResult<string, undefined> {
        const name = names[position]
        if (name === undefined) return { done: true, value: undefined }
        position += 1
        return { done: false, value: name }
      },
      return(): IteratorResult<string, undefined> {
        console.log('  closed: return() was called')
        return { done: true, value: undefined }
      },
    }
  },
}

console.log('for...of to the end:')
for (const fruit of fruits) console.log(`  ${fruit}`)

console.log('for...of with break:')
for (const fruit of fruits) {
  console.log(`  ${fruit}`)
  if (fruit === 'banana') break
}

console.log('destructuring takes what it needs:')
const [first] = fruits
console.log(`  first is ${first}`)

console.log('next() by hand, then stop:')
const iterator = fruits[Symbol.iterator]()
console.log(`  ${iterator.next().value}`)
iterator.return?.()
