/**
 * Exercise 04: your own iterators.
 *
 * In Python a class becomes iterable when it has `__iter__` and `__next__`. In JavaScript the two
 * methods are `[Symbol.iterator]()` and `next()`, and `next()` returns a result object,
 * `{ done: false, value }`, instead of the bare value. Write three classes with them.
 * Run `pnpm test` in this folder; README.md lists the tasks in the order the tests check them.
 */

/**
 * Task 1. The seed's class: 1, 2, 3, … forever.
 *
 * `implements IterableIterator<number>` promises TypeScript both methods: `next()`, and a
 * `[Symbol.iterator]()` that returns an iterator. A method named by a symbol is written in square
 * brackets. The return type `this` means "this very object", like Python's `return self`.
 */
export class MyNumbers implements IterableIterator<number> {
  // TODO: a field for the next number, like the seed's self.a. A field is declared in the class
  // body, with a starting value: `#a = 1` (the `#` makes it private to the class). Put it here,
  // above next(): in code without semicolons, a line that starts with `[` continues the line before
  // it, so `#a = 1` right above `[Symbol.iterator]()` would read as `1[Symbol.iterator]`.

  /** `IteratorYieldResult<number>` is `{ done: false, value: number }`: the type says it never ends. */
  next(): IteratorYieldResult<number> {
    // TODO: return the current number as { done: false, value }, and count one up.
    throw new Error('not implemented yet: MyNumbers.next() (README, task 1)')
  }

  [Symbol.iterator](): this {
    // TODO: start again at 1, then return this object, as Python's __iter__ does.
    throw new Error('not implemented yet: MyNumbers[Symbol.iterator]() (README, task 1)')
  }
}

/**
 * Tasks 2 and 3. Python's `range`: `new Range(5)` is 0, 1, 2, 3, 4, and `new Range(10, 0, -3)`
 * is 10, 7, 4, 1. A Range is iterable, not an iterator: every loop asks it for a new iterator.
 * Like Python's, it takes whole numbers only.
 */
export class Range implements Iterable<number> {
  /**
   * `new Range(stop)` or `new Range(start, stop, step)`. A `?` makes a parameter optional: it is
   * `undefined` when the caller leaves it out. `step = 1` is a default value.
   */
  constructor(startOrStop: number, stop?: number, step = 1) {
    // TODO: keep start, stop and step in fields (one argument means start 0). Throw a RangeError
    // for a step of 0, and for any argument that is not a whole number.
    throw new Error('not implemented yet: the Range constructor (README, task 2)')
  }

  /** Task 3. How many values the range yields. `get` makes it a property: `range.length`, no call. */
  get length(): number {
    // TODO: work it out from start, stop and step; do not walk the range to count it.
    throw new Error('not implemented yet: Range length (README, task 3)')
  }

  /**
   * Task 2. A new iterator, with its own position, on every call. `IterableIterator<number>` is an
   * iterator that is iterable too: its own `[Symbol.iterator]()` returns itself, as built-in ones do.
   */
  [Symbol.iterator](): IterableIterator<number> {
    // TODO: return a new object with a next() method, and a [Symbol.iterator]() that returns it;
    // keep its position in a local variable.
    throw new Error('not implemented yet: Range[Symbol.iterator]() (README, task 2)')
  }
}

/**
 * Task 4. A singly linked list: each node holds a value and a link to the next node.
 *
 * `<T>` is a type parameter: a `LinkedList<string>` holds strings.
 */
export class LinkedList<T> implements Iterable<T> {
  // TODO: fields for the first and the last node. A node can be a plain object type, declared
  // outside the class: `interface ListNode<T> { value: T; next: ListNode<T> | undefined }`.

  /** Appends `value` at the end of the list. */
  push(value: T): void {
    // TODO: make a node and link it after the last one (or make it the first, if the list is empty).
    throw new Error('not implemented yet: LinkedList.push() (README, task 4)')
  }

  [Symbol.iterator](): IterableIterator<T> {
    // TODO: return a new iterator (iterable too) that walks from the first node, one link per next().
    throw new Error('not implemented yet: LinkedList[Symbol.iterator]() (README, task 4)')
  }
}
