// Breaks 4.1: checks whether it has n chunks before it pushes, so it reads one chunk more than it
// returns, and that chunk is lost to whoever reads the stream next.
export * from '../solution/index.ts'

export async function take<T>(stream: ReadableStream<T>, n: number): Promise<T[]> {
  const chunks: T[] = []
  if (n === 0) return chunks
  for await (const chunk of stream) {
    if (chunks.length === n) break
    chunks.push(chunk)
  }
  return chunks
}
