/**
 * Exercise 13: the native iterator helpers, and closing done by the language.
 *
 * The helpers are methods of every built-in iterator (Node 22+), so `map`, `filter` and `take`
 * chain on `[].values()`, on a Map's `entries()`, on a generator, and on anything `Iterator.from`
 * lifts. `using` and `await using` close a resource when its block ends.
 * Run `pnpm test` in this folder; README.md lists the tasks in the order the tests check them.
 */

/**
 * Task 1. The names of the first `n` results that scored at least `pass`, lazily.
 *
 * `IteratorObject<T, TReturn, TNext>` is TypeScript's type for a native iterator: one that
 * inherits the helpers. Its second parameter is what `next()` returns at the end (`undefined`).
 */
export function passing(
  results: Iterable<[string, number]> | Iterator<[string, number]>,
  pass: number,
  n: number,
): IteratorObject<string, undefined, unknown> {
  // TODO: Iterator.from(results), then filter, map and take.
  throw new Error('not implemented yet: passing() (README, task 1)')
}

/**
 * Task 2. Every track of every part, with `pause` between two parts.
 *
 * `readonly Iterable<T>[]` is an array of iterables that the function promises not to change.
 */
export function playlist<T>(
  parts: readonly Iterable<T>[],
  pause: T,
): IteratorObject<T, undefined, unknown> {
  // TODO: build the list of iterables to play (the parts, and [pause] between them), then
  // hand them to Iterator.concat.
  throw new Error('not implemented yet: playlist() (README, task 2)')
}

/**
 * Task 3. `fn` of every value of a sync or async iterable, one call at a time.
 *
 * `Awaited<R>` is what `R` resolves to when it is a promise, and `R` itself otherwise.
 */
export function mapInOrder<T, R>(
  source: AsyncIterable<T> | Iterable<T>,
  fn: (value: T, index: number) => R,
): Promise<Awaited<R>[]> {
  // TODO: Array.fromAsync does exactly this.
  throw new Error('not implemented yet: mapInOrder() (README, task 3)')
}

/**
 * Task 4. `[x, y]` pairs until the shorter source ends, closing both.
 *
 * `function*` makes this a generator: `Generator<Yield, Return, Next>` is its type. Declare the
 * sources with `using` inside it, and they close when the generator finishes or is closed.
 */
// eslint-disable-next-line require-yield -- the starter only throws; yours will yield
export function* zipped<A, B>(a: Iterable<A>, b: Iterable<B>): Generator<[A, B], undefined> {
  // TODO: using left = Iterator.from(a), the same for b, then a loop of next() calls.
  throw new Error('not implemented yet: zipped() (README, task 4)')
}

/** A handle that must be closed, the way older APIs do it: a close() method. */
export interface Handle {
  close(): void
}

/**
 * What openAll returns: the handles, and a dispose that closes them. `extends Disposable` means
 * it has a `[Symbol.dispose](): void` method, so `using` accepts it.
 */
export interface Opened<H> extends Disposable {
  readonly handles: H[]
}

/** Task 5. One handle per name, all closed together by one dispose. */
export function openAll<H extends Handle>(
  names: Iterable<string>,
  open: (name: string) => H,
): Opened<H> {
  // TODO: a DisposableStack; adopt each handle with its close; move() the stack out at the end.
  throw new Error('not implemented yet: openAll() (README, task 5)')
}

/**
 * Task 6. Connect, work, close: `await using` closes an `AsyncDisposable`, an object with a
 * `[Symbol.asyncDispose](): Promise<void>` method.
 */
export async function withConnection<C extends AsyncDisposable, R>(
  connect: () => Promise<C>,
  work: (connection: C) => Promise<R>,
): Promise<R> {
  // TODO: await using connection = await connect(), then the work.
  throw new Error('not implemented yet: withConnection() (README, task 6)')
}
