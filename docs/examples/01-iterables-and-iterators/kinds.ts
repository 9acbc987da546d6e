const ages = new Map([
  ['ada', 36],
  ['alan', 41],
])
const tags = new Set(['js', 'ts', 'js'])

for (const entry of ages) console.log(JSON.stringify(entry))
for (const tag of tags) console.log(tag)
console.log(typeof ages[Symbol.iterator])
const plain: Record<PropertyKey, unknown> = { name: 'plain object' }
console.log(typeof plain[Symbol.iterator])
