// Breaks 6.2: closes the connection after the work by hand, a line the error never reaches.
export * from '../solution/index.ts'

export async function withConnection<C extends AsyncDisposable, R>(
  connect: () => Promise<C>,
  work: (connection: C) => Promise<R>,
): Promise<R> {
  const connection = await connect()
  const result = await work(connection)
  await connection[Symbol.asyncDispose]()
  return result
}
