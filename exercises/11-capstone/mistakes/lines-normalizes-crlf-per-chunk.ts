// Breaks 1.3: turns \\r\\n into \\n inside each chunk, so a \\r and \\n split across chunks leave the \\r at the end of the line
export * from '../solution/index.ts'

export async function* lines(
  chunks: AsyncIterable<string | Uint8Array>,
): AsyncIterableIterator<string> {
  const decoder = new TextDecoder()
  let buffer = ''
  for await (const chunk of chunks) {
    const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true })
    buffer += text.replace(/\r\n/g, '\n')
    let newline: number
    while ((newline = buffer.indexOf('\n')) !== -1) {
      yield buffer.slice(0, newline)
      buffer = buffer.slice(newline + 1)
    }
  }
  buffer += decoder.decode()
  if (buffer !== '') yield buffer
}
