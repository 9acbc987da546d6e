function* countdown() {
  yield 3
  yield 2
  yield 1
}

// A generator object is its own iterator: the first loop uses it up.
const numbers = countdown()
for (const n of numbers) console.log('first loop', n)
for (const n of numbers) console.log('second loop', n)

// An array hands out a fresh iterator to every loop.
const ages = [36, 41]
for (const age of ages) console.log('first loop', age)
for (const age of ages) console.log('second loop', age)
