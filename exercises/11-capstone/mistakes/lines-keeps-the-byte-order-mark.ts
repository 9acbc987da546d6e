// Breaks 1.8: decodes with Node's StringDecoder, which handles split characters as well but keeps a byte order mark as \uFEFF at the start of the first line
import { StringDecoder } from 'node:string_decoder'
export * from '../solution/index.ts'

export async function* lines(
  chunks: AsyncIterable<string | Uint8Array>,
): AsyncIterableIterator<string> {
  const decoder = new StringDecoder('utf8')
  let unfinished = ''
  for await (const chunk of chunks) {
    unfinished += typeof chunk === 'string' ? decoder.end() + chunk : decoder.write(chunk)
    let start = 0
    for (let end = unfinished.indexOf('\n'); end !== -1; end = unfinished.indexOf('\n', start)) {
      yield unfinished.slice(start, unfinished[end - 1] === '\r' ? end - 1 : end)
      start = end + 1
    }
    unfinished = unfinished.slice(start)
  }
  unfinished += decoder.end()
  if (unfinished !== '') yield unfinished
}
