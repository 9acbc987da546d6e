// A loop over a Set sees the values added while it runs: the set is
// its own work list.
const found = new Set(['a'])
for (const word of found) {
  if (word.length < 3) found.add(word + 'a')
}
console.log([...found].join(' '))

// A key deleted before the loop reaches it is skipped.
const stock = new Map([
  ['x', 1],
  ['y', 2],
  ['z', 3],
])
for (const [key] of stock) {
  if (key === 'x') stock.delete('y')
  console.log('visit', key)
}

// Deleting and setting a key again moves it to the end, so the
// loop meets it again, and again: this one needs a guard.
const tags = new Map([['new', 0]])
let turns = 0
for (const [tag, seen] of tags) {
  tags.delete(tag)
  tags.set(tag, seen + 1)
  if (++turns === 3) break
}
console.log('seen', tags.get('new'), 'times')
