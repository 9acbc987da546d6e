// These all take any iterable, a generator included.
function* pairs(): Generator<[string, number]> {
  yield ['a', 1]
  yield ['b', 2]
  yield ['a', 3]
}
console.log(new Map(pairs()).get('a'))
console.log(new Set(Array.from(pairs(), ([key]) => key)).size)
console.log(Object.fromEntries(pairs()))

// Promise.all reads its iterable once, at the call, so every
// promise is made (and every task started) before any settles.
function* loads() {
  for (const id of [1, 2, 3]) {
    console.log('start', id)
    yield Promise.resolve(id * 10)
  }
}
console.log(await Promise.all(loads()))
