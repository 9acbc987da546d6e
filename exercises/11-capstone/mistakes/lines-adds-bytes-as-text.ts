// Breaks 1.6: appends every chunk with +=, so a Uint8Array becomes "50,48,50" instead of being decoded
export * from '../solution/index.ts'

export async function* lines(
  chunks: AsyncIterable<string | Uint8Array>,
): AsyncIterableIterator<string> {
  let buffer = ''
  for await (const chunk of chunks) {
    buffer += chunk
    let newline: number
    while ((newline = buffer.indexOf('\n')) !== -1) {
      const line = buffer.slice(0, newline)
      buffer = buffer.slice(newline + 1)
      yield line.endsWith('\r') ? line.slice(0, -1) : line
    }
  }
  if (buffer !== '') yield buffer
}
