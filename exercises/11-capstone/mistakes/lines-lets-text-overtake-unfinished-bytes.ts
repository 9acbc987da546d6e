// Breaks 1.9: adds a text chunk as it is, so the bytes of a character the bytes before it left unfinished come out after the text
export * from '../solution/index.ts'

export async function* lines(
  chunks: AsyncIterable<string | Uint8Array>,
): AsyncIterableIterator<string> {
  const decoder = new TextDecoder()
  let unfinished = ''
  for await (const chunk of chunks) {
    unfinished += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true })
    let start = 0
    for (let end = unfinished.indexOf('\n'); end !== -1; end = unfinished.indexOf('\n', start)) {
      yield unfinished.slice(start, unfinished[end - 1] === '\r' ? end - 1 : end)
      start = end + 1
    }
    unfinished = unfinished.slice(start)
  }
  unfinished += decoder.decode()
  if (unfinished !== '') yield unfinished
}
