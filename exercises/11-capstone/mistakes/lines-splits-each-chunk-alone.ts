// Breaks 1.2: splits each chunk by itself, so a line cut by a chunk boundary comes out as two lines
export * from '../solution/index.ts'

export async function* lines(
  chunks: AsyncIterable<string | Uint8Array>,
): AsyncIterableIterator<string> {
  const decoder = new TextDecoder()
  for await (const chunk of chunks) {
    const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true })
    const parts = text.split('\n')
    if (parts[parts.length - 1] === '') parts.pop()
    for (const part of parts) yield part.endsWith('\r') ? part.slice(0, -1) : part
  }
}
