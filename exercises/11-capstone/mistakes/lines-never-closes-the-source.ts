// Breaks 1.11: pulls chunks with a hand-written next() loop without try/finally, so a consumer that stops early leaves the source open
export * from '../solution/index.ts'

export async function* lines(
  chunks: AsyncIterable<string | Uint8Array>,
): AsyncIterableIterator<string> {
  const iterator = chunks[Symbol.asyncIterator]()
  const decoder = new TextDecoder()
  let buffer = ''
  while (true) {
    const { done, value } = await iterator.next()
    if (done) break
    buffer += typeof value === 'string' ? value : decoder.decode(value, { stream: true })
    let newline: number
    while ((newline = buffer.indexOf('\n')) !== -1) {
      const line = buffer.slice(0, newline)
      buffer = buffer.slice(newline + 1)
      yield line.endsWith('\r') ? line.slice(0, -1) : line
    }
  }
  buffer += decoder.decode()
  if (buffer !== '') yield buffer
}
