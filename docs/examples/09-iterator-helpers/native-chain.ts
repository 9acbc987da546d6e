// Node 22+: the helpers are methods of every built-in iterator.
const firstSquares = [1, 2, 3, 4, 5, 6]
  .values() // an array iterator
  .map((n) => n * n)
  .filter((n) => n % 2 === 0)
  .take(2)
  .toArray()
console.log(firstSquares)
