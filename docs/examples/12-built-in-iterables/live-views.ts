// keys(), values() and entries() are views of the Map itself, not
// copies: a key added after the view was made still shows up in it.
const prices = new Map([
  ['tea', 3],
  ['cake', 5],
])
const names = prices.keys()
prices.set('pie', 4)
console.log('names:', [...names].join(', '))
console.log('pairs:', [...prices.entries()].length)
