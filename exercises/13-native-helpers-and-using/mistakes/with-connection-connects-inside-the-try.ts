// Breaks 6.4: connects inside the try, so when connect fails the finally closes a connection that
// was never made, and its TypeError hides connect's error.
export * from '../solution/index.ts'

export async function withConnection<C extends AsyncDisposable, R>(
  connect: () => Promise<C>,
  work: (connection: C) => Promise<R>,
): Promise<R> {
  let connection: C | undefined
  try {
    connection = await connect()
    return await work(connection)
  } finally {
    // The cast silences TypeScript, which saw that connection may be undefined here.
    await (connection as C)[Symbol.asyncDispose]()
  }
}
