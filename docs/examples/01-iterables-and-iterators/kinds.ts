const ages = new Map([
  ['ada', 36],
  ['alan', 41],
])
const tags = new Set(['js', 'ts', 'js'])

for (const entry of ages) console.log(JSON.stringify(entry))
for (const tag of tags) console.log(tag)
console.log(typeof ages[Symbol.iterator])
console.log(typeof ({ name: 'plain object' } as Record<PropertyKey, unknown>)[Symbol.iterator])
