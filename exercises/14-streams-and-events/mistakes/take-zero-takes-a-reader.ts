// Breaks 4.3: takes a reader before it looks at n, so take(stream, 0) returns [] with the stream
// still locked to a reader nobody holds.
export * from '../solution/index.ts'

export async function take<T>(stream: ReadableStream<T>, n: number): Promise<T[]> {
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError(`take needs a count of 0 or more, not ${n}`)
  const chunks: T[] = []
  const reader = stream.getReader()
  if (n === 0) return chunks
  try {
    while (chunks.length < n) {
      const { done, value } = await reader.read()
      if (done) return chunks
      chunks.push(value)
    }
    await reader.cancel()
  } finally {
    reader.releaseLock()
  }
  return chunks
}
