// Mistake: an async generator that copies every value into an array first. It pulls the whole
// source before yielding anything, and a generator object is one-shot, so a second loop sees nothing.
export * from '../solution/index.ts'

export function asyncFrom<T>(values: Iterable<T | PromiseLike<T>>): AsyncIterable<T> {
  const all = [...values]
  return (async function* () {
    for (const value of all) yield await value
  })()
}
