const letters = ['a', 'b']
const iterator = letters[Symbol.iterator]()

for (let call = 1; call <= 4; call++) {
  const { value, done } = iterator.next()
  console.log(call, value, done)
}
