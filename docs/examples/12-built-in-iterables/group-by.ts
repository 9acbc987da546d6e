// Node 22+: Object.groupBy and Map.groupBy are ES2024.
// Object.groupBy groups every item, not only neighbours, into an
// object with no prototype, so no group clashes with toString.
const files = ['a.md', 'b.ts', 'c.md', 'toString.toString']
const byType = Object.groupBy(files, (name) => name.split('.')[1] ?? '')
console.log(Object.keys(byType).join(' '), '|', byType.md?.join(' '))

// Map.groupBy keeps keys as they are, in the order they appear.
const words = ['three', 'a', 'to', 'four', 'an']
const byLength = Map.groupBy(words, (word) => word.length)
const lengths = [...byLength.keys()].join(' ')
console.log(lengths, '|', byLength.get(2)?.join(' '))
