// Breaks 1.4: splits on /\\r\\n|\\r|\\n/, so a lone \\r inside a line ends it
export * from '../solution/index.ts'

export async function* lines(
  chunks: AsyncIterable<string | Uint8Array>,
): AsyncIterableIterator<string> {
  const decoder = new TextDecoder()
  let buffer = ''
  for await (const chunk of chunks) {
    buffer += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true })
    const parts = buffer.split(/\r\n|\r|\n/)
    buffer = parts.pop() ?? ''
    yield* parts
  }
  buffer += decoder.decode()
  if (buffer !== '') yield buffer
}
