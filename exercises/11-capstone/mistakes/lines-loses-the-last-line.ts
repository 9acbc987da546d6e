// Mistake: yielding only the lines that end in a newline. A file whose last line has no newline
// loses that line.
export * from '../solution/index.ts'

export async function* lines(
  chunks: AsyncIterable<string | Uint8Array>,
): AsyncIterableIterator<string> {
  const decoder = new TextDecoder()
  let unfinished = ''
  for await (const chunk of chunks) {
    unfinished += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true })
    const parts = unfinished.split('\n')
    unfinished = parts.pop() ?? ''
    for (const part of parts) yield part.endsWith('\r') ? part.slice(0, -1) : part
  }
}
