// Node 22+: the helpers are methods of every built-in iterator.
// A source that says when it is pulled, and when it is closed.
function* scores(): Generator<[string, number]> {
  const all: [string, number][] = [
    ['ada', 91],
    ['bob', 40],
    ['cy', 75],
    ['dee', 88],
  ]
  try {
    for (const entry of all) {
      console.log('  pull', entry[0])
      yield entry
    }
  } finally {
    console.log('  scores closed')
  }
}

// Each helper returns a lazy iterator: nothing runs yet.
const best = scores()
  .filter(([, score]) => score >= 50)
  .map(([name]) => name.toUpperCase())
  .take(2)
console.log('chained, nothing pulled')
console.log(best.toArray())
