// Breaks 1.4: strips a trailing \\r from every line, the last one too, though there no \\n follows it
export * from '../solution/index.ts'

export async function* lines(
  chunks: AsyncIterable<string | Uint8Array>,
): AsyncIterableIterator<string> {
  const decoder = new TextDecoder()
  let buffer = ''
  const strip = (line: string) => (line.endsWith('\r') ? line.slice(0, -1) : line)
  for await (const chunk of chunks) {
    buffer += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true })
    let newline: number
    while ((newline = buffer.indexOf('\n')) !== -1) {
      const line = buffer.slice(0, newline)
      buffer = buffer.slice(newline + 1)
      yield strip(line)
    }
  }
  buffer += decoder.decode()
  if (buffer !== '') yield strip(buffer)
}
