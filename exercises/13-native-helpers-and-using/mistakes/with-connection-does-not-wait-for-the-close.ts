// Breaks 6.3: starts the close in finally but does not await it, so the result arrives while the
// connection is still closing.
export * from '../solution/index.ts'

export async function withConnection<C extends AsyncDisposable, R>(
  connect: () => Promise<C>,
  work: (connection: C) => Promise<R>,
): Promise<R> {
  const connection = await connect()
  try {
    return await work(connection)
  } finally {
    void connection[Symbol.asyncDispose]()
  }
}
