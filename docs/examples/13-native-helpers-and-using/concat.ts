// TypeScript 6.0 does not declare Iterator.concat yet (ES2026).
export {}
declare global {
  interface IteratorConstructor {
    concat<T>(...items: Iterable<T>[]): IteratorObject<T, undefined>
  }
}
// ---cut---
// Node 26+: Iterator.concat is ES2026, in Node since 26.
function* later() {
  console.log('  later opened')
  yield 'z'
}

// Each part is opened only when the one before it is done.
const all = Iterator.concat(['a', 'b'], new Set(['c']), later())
console.log(all.take(3).toArray())

// Every part is checked at once: a string is iterable, but not an
// object, so concat refuses it before anything is read.
try {
  Iterator.concat(['a'], 'bc' as unknown as Iterable<string>)
} catch (error) {
  console.log((error as Error).name)
}
