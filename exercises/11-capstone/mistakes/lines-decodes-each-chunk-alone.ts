// Mistake: a new TextDecoder for every chunk. A character whose UTF-8 bytes are cut between two
// chunks turns into two replacement characters (\uFFFD).
export * from '../solution/index.ts'

export async function* lines(
  chunks: AsyncIterable<string | Uint8Array>,
): AsyncIterableIterator<string> {
  let unfinished = ''
  for await (const chunk of chunks) {
    unfinished += typeof chunk === 'string' ? chunk : new TextDecoder().decode(chunk)
    const parts = unfinished.split('\n')
    unfinished = parts.pop() ?? ''
    for (const part of parts) yield part.endsWith('\r') ? part.slice(0, -1) : part
  }
  if (unfinished !== '') yield unfinished.endsWith('\r') ? unfinished.slice(0, -1) : unfinished
}
