// Iterator.prototype exists on every runtime, Node 20 included; only
// the global name
// `Iterator` is new. Reach it through any built-in iterator:
const IteratorPrototype: object = Object.getPrototypeOf(
  Object.getPrototypeOf([][Symbol.iterator]()),
)
const inheritsIt = (value: object) =>
  Object.prototype.isPrototypeOf.call(IteratorPrototype, value)

function* generator() {}
const handWritten = { next: () => ({ done: true, value: undefined }) }

console.log('generator object:', inheritsIt(generator()))
console.log('Map iterator:', inheritsIt(new Map().keys()))
console.log('string iterator:', inheritsIt('abc'[Symbol.iterator]()))
console.log('hand-written object:', inheritsIt(handWritten))
