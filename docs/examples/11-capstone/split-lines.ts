// A stream cuts its chunks wherever it likes, often in the middle of a
// line.
const chunks = ['GET /ho', 'me 200\nPOST /lo', 'gin 302\nGET /']

// Splitting each chunk on its own breaks every line that crosses a
// boundary.
const naive = chunks.flatMap((chunk) => chunk.split('\n'))
console.log('each chunk alone:', JSON.stringify(naive))

// Carrying the unfinished end of each chunk into the next one keeps the
// lines whole.
function* lines(parts: Iterable<string>) {
  let unfinished = ''
  for (const part of parts) {
    const pieces = (unfinished + part).split('\n')
    unfinished = pieces.pop() ?? '' // the last piece has no newline yet
    yield* pieces
  }
  // the last line may have no newline at all
  if (unfinished !== '') yield unfinished
}
console.log('carrying the rest:', JSON.stringify([...lines(chunks)]))
