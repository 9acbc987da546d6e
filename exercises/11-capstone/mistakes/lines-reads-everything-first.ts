// Breaks 1.10: reads every chunk before yielding anything: the whole log in memory, and no line before the last chunk
export * from '../solution/index.ts'

export async function* lines(
  chunks: AsyncIterable<string | Uint8Array>,
): AsyncIterableIterator<string> {
  const decoder = new TextDecoder()
  let text = ''
  for await (const chunk of chunks) {
    text += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true })
  }
  text += decoder.decode()
  if (text === '') return
  const all = text.split(/\r?\n/)
  if (text.endsWith('\n')) all.pop()
  yield* all
}
