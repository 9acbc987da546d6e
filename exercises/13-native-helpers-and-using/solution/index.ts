/** Exercise 13, a model solution: the engine's helpers, and the language closing for you. */

export function passing(
  results: Iterable<[string, number]> | Iterator<[string, number]>,
  pass: number,
  n: number,
): IteratorObject<string, undefined, unknown> {
  // Iterator.from lifts an iterable or a bare iterator into a native one, which has the helpers.
  // Each helper pulls one value when asked for one, and take(n) closes the source after n.
  return Iterator.from(results)
    .filter(([, score]) => score >= pass)
    .map(([name]) => name)
    .take(n)
}

export function playlist<T>(
  parts: readonly Iterable<T>[],
  pause: T,
): IteratorObject<T, undefined, unknown> {
  // concat checks every part now and opens each one only when the one before it is done.
  return Iterator.concat(
    ...parts.flatMap((part, index) => (index === 0 ? [part] : [[pause], part])),
  )
}

export function mapInOrder<T, R>(
  source: AsyncIterable<T> | Iterable<T>,
  fn: (value: T, index: number) => R,
): Promise<Awaited<R>[]> {
  return Array.fromAsync(source, fn)
}

export function* zipped<A, B>(a: Iterable<A>, b: Iterable<B>): Generator<[A, B], undefined> {
  // Disposing a native iterator calls its return(): both close when the generator ends, however.
  using left = Iterator.from(a)
  using right = Iterator.from(b)
  for (;;) {
    const x = left.next()
    if (x.done) return undefined
    const y = right.next()
    if (y.done) return undefined
    yield [x.value, y.value]
  }
}

export interface Handle {
  close(): void
}

export interface Opened<H> extends Disposable {
  readonly handles: H[]
}

export function openAll<H extends Handle>(
  names: Iterable<string>,
  open: (name: string) => H,
): Opened<H> {
  // If an open throws, leaving this block disposes the stack: what was opened is closed, last
  // first. Once all are open, move() hands them to a new stack, which this block leaves alone.
  using stack = new DisposableStack()
  const handles = Array.from(names, (name) => stack.adopt(open(name), (handle) => handle.close()))
  const owned = stack.move()
  return { handles, [Symbol.dispose]: () => owned.dispose() }
}

export async function withConnection<C extends AsyncDisposable, R>(
  connect: () => Promise<C>,
  work: (connection: C) => Promise<R>,
): Promise<R> {
  await using connection = await connect()
  // `return await`, not `return`: the close waits for the work to settle, not just to start.
  return await work(connection)
}
