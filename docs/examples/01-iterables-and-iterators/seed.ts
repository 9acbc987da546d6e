const mytuple = ['apple', 'banana', 'cherry'] as const
const myit = mytuple[Symbol.iterator]()

console.log(myit.next().value)
console.log(myit.next().value)
console.log(myit.next().value)
