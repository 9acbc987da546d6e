// Breaks 4.4: refuses a negative or NaN n, but lets a count that is not a whole number through
// (2.5, Infinity): chunks.length never equals it, so the loop reads the whole stream.
export * from '../solution/index.ts'

export async function take<T>(stream: ReadableStream<T>, n: number): Promise<T[]> {
  if (!(n >= 0)) throw new RangeError(`take needs a count of 0 or more, not ${n}`)
  const chunks: T[] = []
  if (n === 0) return chunks
  for await (const chunk of stream) {
    chunks.push(chunk)
    if (chunks.length === n) break
  }
  return chunks
}
