// Breaks 6.1: `return work(connection)` without await leaves the block at once, so the connection
// closes while the work is still running.
export * from '../solution/index.ts'

export async function withConnection<C extends AsyncDisposable, R>(
  connect: () => Promise<C>,
  work: (connection: C) => Promise<R>,
): Promise<R> {
  await using connection = await connect()
  return work(connection)
}
