// Node 22+: Iterator.from gives any iterator the helpers.
const handWritten = { next: () => ({ done: false, value: 1 }) }
console.log(Iterator.from(handWritten).take(3).toArray())
