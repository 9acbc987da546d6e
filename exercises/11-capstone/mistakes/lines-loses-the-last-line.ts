// Breaks 1.5: yields only the lines that end in a newline, so a file whose last line has none loses it
export * from '../solution/index.ts'

export async function* lines(
  chunks: AsyncIterable<string | Uint8Array>,
): AsyncIterableIterator<string> {
  const decoder = new TextDecoder()
  let unfinished = ''
  for await (const chunk of chunks) {
    unfinished +=
      typeof chunk === 'string' ? decoder.decode() + chunk : decoder.decode(chunk, { stream: true })
    let start = 0
    for (let end = unfinished.indexOf('\n'); end !== -1; end = unfinished.indexOf('\n', start)) {
      yield unfinished.slice(start, unfinished[end - 1] === '\r' ? end - 1 : end)
      start = end + 1
    }
    unfinished = unfinished.slice(start)
  }
}
