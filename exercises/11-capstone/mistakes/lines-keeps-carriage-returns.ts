// Breaks 1.3: splits on \n only and keeps the rest, so each line of a Windows log keeps its \r ("200 35\r")
export * from '../solution/index.ts'

export async function* lines(
  chunks: AsyncIterable<string | Uint8Array>,
): AsyncIterableIterator<string> {
  const decoder = new TextDecoder()
  let unfinished = ''
  for await (const chunk of chunks) {
    unfinished +=
      typeof chunk === 'string' ? decoder.decode() + chunk : decoder.decode(chunk, { stream: true })
    let start = 0
    for (let end = unfinished.indexOf('\n'); end !== -1; end = unfinished.indexOf('\n', start)) {
      yield unfinished.slice(start, end)
      start = end + 1
    }
    unfinished = unfinished.slice(start)
  }
  unfinished += decoder.decode()
  if (unfinished !== '') yield unfinished
}
