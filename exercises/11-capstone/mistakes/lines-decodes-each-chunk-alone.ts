// Breaks 1.6: a new TextDecoder for each byte chunk, so a character cut between two chunks becomes two \\uFFFD
export * from '../solution/index.ts'

export async function* lines(
  chunks: AsyncIterable<string | Uint8Array>,
): AsyncIterableIterator<string> {
  let buffer = ''
  for await (const chunk of chunks) {
    buffer += typeof chunk === 'string' ? chunk : new TextDecoder().decode(chunk)
    let newline: number
    while ((newline = buffer.indexOf('\n')) !== -1) {
      const line = buffer.slice(0, newline)
      buffer = buffer.slice(newline + 1)
      yield line.endsWith('\r') ? line.slice(0, -1) : line
    }
  }
  if (buffer !== '') yield buffer
}
