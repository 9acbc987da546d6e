// Breaks 4.2: reads with a reader and cancels it when it stops early, but never releases its lock,
// so the stream stays locked and nobody can read it again.
export * from '../solution/index.ts'

export async function take<T>(stream: ReadableStream<T>, n: number): Promise<T[]> {
  if (!Number.isInteger(n) || n < 0) {
    throw new RangeError(`take needs a whole number of chunks, 0 or more, not ${n}`)
  }
  const chunks: T[] = []
  if (n === 0) return chunks
  const reader = stream.getReader()
  while (chunks.length < n) {
    const { done, value } = await reader.read()
    if (done) return chunks
    chunks.push(value)
  }
  await reader.cancel()
  return chunks
}
