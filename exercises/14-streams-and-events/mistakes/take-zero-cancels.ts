// Breaks 4.3: for n = 0 it stops before the loop, but cancels the stream as an early stop does,
// so a stream nobody read from is closed for everyone else.
export * from '../solution/index.ts'

export async function take<T>(stream: ReadableStream<T>, n: number): Promise<T[]> {
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError(`take needs a count of 0 or more, not ${n}`)
  const chunks: T[] = []
  if (n === 0) {
    await stream.cancel()
    return chunks
  }
  for await (const chunk of stream) {
    chunks.push(chunk)
    if (chunks.length === n) break
  }
  return chunks
}
