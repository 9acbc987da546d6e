// Breaks 4.4: trusts n to be a count: a negative or NaN n never equals chunks.length, so the loop
// reads the whole stream and resolves to all of it.
export * from '../solution/index.ts'

export async function take<T>(stream: ReadableStream<T>, n: number): Promise<T[]> {
  const chunks: T[] = []
  if (n === 0) return chunks
  for await (const chunk of stream) {
    chunks.push(chunk)
    if (chunks.length === n) break
  }
  return chunks
}
