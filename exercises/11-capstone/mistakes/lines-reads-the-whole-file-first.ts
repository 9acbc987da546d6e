// Mistake: reading every chunk into one string, then splitting it. Correct on a small file, but
// memory grows with the file (a 1 GB log needs more than 1 GB) and no line comes out until the end.
export * from '../solution/index.ts'

export async function* lines(
  chunks: AsyncIterable<string | Uint8Array>,
): AsyncIterableIterator<string> {
  const decoder = new TextDecoder()
  let text = ''
  for await (const chunk of chunks) {
    text += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true })
  }
  text += decoder.decode()
  if (text === '') return
  const all = text.split(/\r?\n/)
  if (all.at(-1) === '') all.pop()
  yield* all
}
