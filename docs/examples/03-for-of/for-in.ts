const fruits = ['apple', 'banana', 'cherry']

// for...in walks an object's keys: for an array, the indexes, as
// strings.
for (const key in fruits) console.log(key, typeof key)

// for...of walks an iterable's values.
for (const fruit of fruits) console.log(fruit)

// A Set has values but no keys, so for...in finds nothing at all.
let keys = 0
for (const _ in new Set(['apple'])) keys += 1
console.log('keys of a Set:', keys)
