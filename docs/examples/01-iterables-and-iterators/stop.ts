const letters = ['a', 'b']
const iterator = letters[Symbol.iterator]()

console.log(iterator.next().value)
console.log(iterator.next().value)
const last = iterator.next()
console.log(last.done ? 'no more values' : last.value)
if (iterator.next().done) console.log('StopIteration')
