// Mistake: splitting every chunk on its own. A line that straddles two chunks comes out as two
// broken lines, and a file stream cuts lines wherever its 64 KB chunks happen to end.
export * from '../solution/index.ts'

export async function* lines(
  chunks: AsyncIterable<string | Uint8Array>,
): AsyncIterableIterator<string> {
  const decoder = new TextDecoder()
  for await (const chunk of chunks) {
    const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true })
    const parts = text.split('\n')
    if (parts.at(-1) === '') parts.pop()
    for (const part of parts) yield part.endsWith('\r') ? part.slice(0, -1) : part
  }
}
