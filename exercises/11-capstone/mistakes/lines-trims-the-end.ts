// Breaks 1.1: removes the \\r of CRLF lines with trimEnd(), which also eats the spaces and tabs that end a line
export * from '../solution/index.ts'

export async function* lines(
  chunks: AsyncIterable<string | Uint8Array>,
): AsyncIterableIterator<string> {
  const decoder = new TextDecoder()
  let buffer = ''
  for await (const chunk of chunks) {
    buffer += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true })
    let newline: number
    while ((newline = buffer.indexOf('\n')) !== -1) {
      const line = buffer.slice(0, newline)
      buffer = buffer.slice(newline + 1)
      yield line.trimEnd()
    }
  }
  buffer += decoder.decode()
  if (buffer !== '') yield buffer.trimEnd()
}
