// An array-like has a length and indexes, and maybe no iterator.
const arrayLike = { length: 2, 0: 'a', 1: 'b' }
console.log(Array.from(arrayLike))
try {
  console.log([...(arrayLike as unknown as Iterable<string>)])
} catch (error) {
  console.log('spread:', (error as Error).name)
}

// Array.from({ length }) makes a range; the function maps each slot.
console.log(Array.from({ length: 4 }, (_, index) => index * index))

// When a value is both, Array.from uses the iterator: a string's
// iterator yields code points, its length counts UTF-16 units.
const smile = 'a😀'
console.log(smile.length, Array.from(smile).length)
