/** Exercise 06, a model answer. */

/** The seed's class, kept beside its generator twin so you can compare the two. */
export class MyNumbers implements IterableIterator<number> {
  readonly #limit: number
  #current = 1

  constructor(limit = Infinity) {
    this.#limit = limit
  }

  [Symbol.iterator](): this {
    this.#current = 1
    return this
  }

  next(): IteratorResult<number, undefined> {
    if (this.#current > this.#limit) return { done: true, value: undefined }
    const value = this.#current
    this.#current += 1
    return { done: false, value }
  }
}

export function* myNumbers(limit = Infinity): Generator<number> {
  // The counter lives inside the generator, so every call starts its own count at 1.
  for (let current = 1; current <= limit; current += 1) yield current
}

export function* fibonacci(): Generator<number> {
  let current = 0
  let following = 1
  // An endless loop is safe here: the body pauses at each yield until someone asks for more.
  for (;;) {
    yield current
    const sum = current + following
    current = following
    following = sum
  }
}

export function* takeBelow(values: Iterable<number>, limit: number): Generator<number> {
  for (const value of values) {
    // `!(value < limit)`, not `value >= limit`: NaN is neither, and it is not below the limit.
    // `return` ends the generator; leaving the for...of early closes `values` for us.
    if (!(value < limit)) return
    yield value
  }
}

/** An array whose items are values or more such arrays, nested to any depth. */
export type Nested<T> = ReadonlyArray<T | Nested<T>>

export function* flatten<T>(items: Nested<T>): Generator<T> {
  for (const item of items) {
    // Array.isArray, not "is it iterable": a string is iterable, and it is a value here.
    if (Array.isArray(item)) yield* flatten(item as Nested<T>)
    else yield item as T
  }
}

/** A node of a binary tree; a missing child is `undefined`. */
export interface TreeNode<T> {
  value: T
  left?: TreeNode<T> | undefined
  right?: TreeNode<T> | undefined
}

export function* inOrder<T>(tree: TreeNode<T> | undefined): Generator<T> {
  if (tree === undefined) return
  yield* inOrder(tree.left)
  yield tree.value
  yield* inOrder(tree.right)
}

/** The seed's numbers as an iterable, not an iterator: every loop gets a generator of its own. */
export class Numbers implements Iterable<number> {
  readonly #limit: number

  constructor(limit = Infinity) {
    this.#limit = limit
  }

  /** A generator method: each call runs the body afresh, with its own `current`. */
  *[Symbol.iterator](): Generator<number> {
    for (let current = 1; current <= this.#limit; current += 1) yield current
  }
}

/** A file being read: a generator that yields its lines and returns its size in bytes. */
export type LineReader = Generator<string, number, undefined>

export function* readAll(files: Iterable<LineReader>): Generator<string, number, undefined> {
  let total = 0
  // The value of `yield* file` is what the file returns, which for...of would throw away.
  for (const file of files) total += yield* file
  return total
}
