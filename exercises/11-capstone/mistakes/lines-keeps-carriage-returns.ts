// Mistake: splitting on \n only, so a Windows log's lines keep their \r ("200 35\r").
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
    yield* parts
  }
  unfinished += decoder.decode()
  if (unfinished !== '') yield unfinished
}
