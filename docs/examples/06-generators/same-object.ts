function* letters() {
  yield 'a'
  yield 'b'
  yield 'c'
}

const iterator = letters()
console.log(typeof iterator.next) // an iterator: it has next()
// and its own iterable
console.log(iterator[Symbol.iterator]() === iterator)

// So a for...of loop accepts it, and a second loop finds it already
// used up.
for (const letter of iterator) console.log(letter)
console.log(JSON.stringify([...iterator]))
// Call the generator function again for a fresh run.
console.log(JSON.stringify([...letters()]))
