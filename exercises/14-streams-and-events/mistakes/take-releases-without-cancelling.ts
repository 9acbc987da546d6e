// Breaks 4.2: reads with a reader and releases its lock at the end, but never cancels the stream,
// so its source does not learn that nobody reads any more.
export * from '../solution/index.ts'

export async function take<T>(stream: ReadableStream<T>, n: number): Promise<T[]> {
  const chunks: T[] = []
  if (n === 0) return chunks
  const reader = stream.getReader()
  while (chunks.length < n) {
    const { done, value } = await reader.read()
    if (done) break
    chunks.push(value)
  }
  reader.releaseLock()
  return chunks
}
