/**
 * Where the course teaches each term: search ranks that section first for the term (it gets the
 * terms as an extra, heavily boosted field), so "Symbol.iterator" finds the section that defines
 * it before the dozen that use it. The browser tests search for every term and check the first hit.
 */
export const glossary: Record<string, string> = {
  'Symbol.iterator': '/part-1/iterables-and-iterators#the-protocol-in-two-methods',
  iterable: '/part-1/iterables-and-iterators#the-protocol-in-two-methods',
  iterator: '/part-1/iterables-and-iterators#the-protocol-in-two-methods',
  IterableIterator: '/part-1/iterables-and-iterators#in-typescript',
  'code unit': '/part-1/iterating-strings#code-units-and-code-points',
  'code point': '/part-1/iterating-strings#code-units-and-code-points',
  'surrogate pair': '/part-1/iterating-strings#code-units-and-code-points',
  grapheme: '/part-1/iterating-strings#graphemes',
  'Intl.Segmenter': '/part-1/iterating-strings#graphemes',
  'for...of': '/part-1/for-of#what-the-loop-does-for-you',
  'for...in': '/part-1/for-of#for-in-is-not-for-of',
  'one-shot': '/part-1/for-of#one-shot-iterators',
  done: '/part-1/stop-iteration#the-iterator-says-done',
  'return()': '/part-1/stop-iteration#the-consumer-says-stop-return',
  StopIteration: '/part-1/stop-iteration#coming-from-python',
  generator: '/part-2/generators#a-function-that-pauses',
  yield: '/part-2/generators#a-function-that-pauses',
  // No 'yield*': to the index it is the word "yield", taught where generators start.
  'generator method': '/part-2/generators#generator-methods-symbol-iterator',
  'lazy pipeline': '/part-2/lazy-pipelines#one-value-at-a-time',
  'throw()': '/part-2/protocol-in-depth#throw-an-error-sent-in',
  'next(value)': '/part-2/protocol-in-depth#two-way-generators-next-value',
  peekable: '/part-2/protocol-in-depth#looking-ahead-a-peekable-iterator',
  'iterator helpers': '/part-2/iterator-helpers#the-twelve',
  'Iterator.from': '/part-2/iterator-helpers#iterator-prototype-and-iterator-from',
  'Symbol.asyncIterator': '/part-2/async-iterators#the-protocol-with-one-change',
  'for await': '/part-2/async-iterators#the-protocol-with-one-change',
  'async generator': '/part-2/async-iterators#async-generators',
  AbortController: '/part-2/async-iterators#cancelling',
}

/**
 * The terms a search section teaches, by its id in the index (`<base>part-1/x#anchor`). A one-word
 * term is also a word of longer terms taught elsewhere ("iterator" of "Iterator.from"), so its own
 * section says it three times: enough to rank first for the word alone.
 */
export function termsTaughtIn(base: string): (id: string) => string {
  const bySection = new Map<string, string[]>()
  for (const [term, section] of Object.entries(glossary)) {
    const id = base + section.slice(1)
    const said = /^[\w-]+$/.test(term) ? [term, term, term] : [term]
    bySection.set(id, [...(bySection.get(id) ?? []), ...said])
  }
  return (id) => (bySection.get(id) ?? []).join(' ')
}
