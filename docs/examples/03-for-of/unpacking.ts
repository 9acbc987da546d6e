const fruits = ['apple', 'banana', 'cherry'] as const
for (const [index, fruit] of fruits.entries()) {
  console.log(index, fruit)
}

// A Map yields [key, value] pairs, like dict.items() in Python.
const stock = new Map([
  ['apple', 3],
  ['banana', 0],
])
for (const [name, count] of stock) {
  console.log(name, count)
}
