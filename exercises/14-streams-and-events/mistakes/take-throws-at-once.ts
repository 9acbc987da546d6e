// Breaks 4.4: a plain function that checks n and then hands the reading to an async one, so a bad
// n is thrown at the call instead of rejecting the promise take returns.
export * from '../solution/index.ts'

export function take<T>(stream: ReadableStream<T>, n: number): Promise<T[]> {
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError(`take needs a count of 0 or more, not ${n}`)
  return read(stream, n)
}

async function read<T>(stream: ReadableStream<T>, n: number): Promise<T[]> {
  const chunks: T[] = []
  if (n === 0) return chunks
  for await (const chunk of stream) {
    chunks.push(chunk)
    if (chunks.length === n) break
  }
  return chunks
}
