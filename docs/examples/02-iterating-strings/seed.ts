const mystr = 'banana'
const myit = mystr[Symbol.iterator]()

console.log(myit.next().value)
console.log(myit.next().value)
console.log(myit.next().value)
console.log(myit.next().value)
console.log(myit.next().value)
console.log(myit.next().value)
