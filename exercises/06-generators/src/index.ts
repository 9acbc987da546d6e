/**
 * Exercise 06: generators.
 *
 * A generator function (`function*`) writes an iterator for you: each `yield` hands out one value
 * and pauses the function until the next `next()`. Rewrite the seed's MyNumbers as one, then use
 * generators for an infinite sequence, for stopping one safely, and for recursion with `yield*`.
 * Run `pnpm test` in this folder; README.md lists the tasks in the order the tests check them.
 *
 * Each stub below is a plain `function` that throws. Turn it into a generator by adding a star:
 * `export function* name(...)`. Then the body runs only when someone calls `next()`.
 */

/**
 * The seed's class, given to you (not a task): an iterator written by hand, which counts from 1
 * up to `limit` (forever when there is no limit). Task 1 writes the same thing as a generator.
 */
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

/**
 * Task 1. The seed's MyNumbers as a generator: yields 1, 2, 3, … up to `limit`, forever when no
 * limit is given.
 *
 * `Generator<number>` is the return type of a generator function that yields numbers.
 * `limit = Infinity` is a default parameter: `myNumbers()` means `myNumbers(Infinity)`.
 */
export function myNumbers(limit = Infinity): Generator<number> {
  // TODO: add the star (function*), then yield the numbers from 1 to limit in a loop.
  throw new Error('not implemented yet: myNumbers() should be a generator (README, task 1)')
}

/** Task 2. The Fibonacci numbers, 0, 1, 1, 2, 3, 5, …, forever. */
export function fibonacci(): Generator<number> {
  // TODO: keep the last two numbers in two variables and yield inside a loop that never ends.
  throw new Error(
    'not implemented yet: fibonacci() should be an endless generator (README, task 2)',
  )
}

/**
 * Task 3. Yields the values of `values` while they are below `limit`; stops at the first one that
 * is not. `values` may be infinite, like `fibonacci()`.
 *
 * `Iterable<number>` accepts an array, a Set, a generator: anything a for...of loop can walk.
 */
export function takeBelow(values: Iterable<number>, limit: number): Generator<number> {
  // TODO: walk values with for...of; return as soon as a value reaches the limit.
  throw new Error('not implemented yet: takeBelow() (README, task 3)')
}

/**
 * An array whose items are values or more such arrays, nested to any depth: `[1, [2, [3]]]`.
 * A type alias may refer to itself, which is how TypeScript describes nesting.
 */
export type Nested<T> = ReadonlyArray<T | Nested<T>>

/** Task 4. Yields every value of a nested array, depth first, in order: `[1, [2, [3]]]` gives 1, 2, 3. */
export function flatten<T>(items: Nested<T>): Generator<T> {
  // TODO: for each item, yield it, or when it is an array, yield* flatten(item).
  throw new Error('not implemented yet: flatten() (README, task 4)')
}

/**
 * A node of a binary tree; a missing child is `undefined`. The `?` makes a property optional.
 */
export interface TreeNode<T> {
  value: T
  left?: TreeNode<T> | undefined
  right?: TreeNode<T> | undefined
}

/** Task 5. Yields the values of a binary tree in order: left subtree, node, right subtree. */
export function inOrder<T>(tree: TreeNode<T> | undefined): Generator<T> {
  // TODO: an empty tree yields nothing; otherwise yield* the left side, the value, then the right.
  throw new Error('not implemented yet: inOrder() (README, task 5)')
}

/**
 * Task 6. The seed's numbers as an iterable that is not an iterator: `for (const n of new
 * Numbers(3))` gives 1, 2, 3, and every loop counts on its own.
 */
export class Numbers implements Iterable<number> {
  readonly #limit: number

  constructor(limit = Infinity) {
    this.#limit = limit
  }

  /**
   * A generator method: written `*[Symbol.iterator]() { … }`, with a star in front of the name,
   * it returns a new generator object each time it is called. `this` is the Numbers object.
   */
  [Symbol.iterator](): Generator<number> {
    // TODO: add the star (*[Symbol.iterator]), then yield 1 up to this.#limit.
    throw new Error(
      `not implemented yet: new Numbers(${this.#limit})[Symbol.iterator]() (README, task 6)`,
    )
  }
}

/**
 * A file being read: a generator that yields its lines and returns its size in bytes.
 * `Generator<string, number, undefined>` yields strings, returns a number and takes nothing from
 * next().
 */
export type LineReader = Generator<string, number, undefined>

/**
 * Task 7. Yields every line of every file in turn and returns the total size: the sum of what the
 * files return. `const size = yield* file` yields the file's lines and then gives you its return
 * value.
 */
export function readAll(files: Iterable<LineReader>): Generator<string, number, undefined> {
  // TODO: add the star; for each file, add the value of `yield* file` to a total; return the total.
  throw new Error('not implemented yet: readAll() (README, task 7)')
}
