// Breaks 6.5: closes in a finally, and when the close fails after the work did, the close's error
// replaces the work's, which is lost, where `await using` throws a SuppressedError of both.
export * from '../solution/index.ts'

export async function withConnection<C extends AsyncDisposable, R>(
  connect: () => Promise<C>,
  work: (connection: C) => Promise<R>,
): Promise<R> {
  const connection = await connect()
  try {
    return await work(connection)
  } finally {
    await connection[Symbol.asyncDispose]()
  }
}
