// Mistake: the walking position is a field of the list and the list is its own iterator, so the
// first loop uses it up: a second loop, or an inner loop, finds nothing.
export * from '../solution/index.ts'

interface ListNode<T> {
  value: T
  next: ListNode<T> | undefined
}

export class LinkedList<T> implements IterableIterator<T> {
  #head: ListNode<T> | undefined
  #tail: ListNode<T> | undefined
  #cursor: ListNode<T> | undefined
  #started = false

  push(value: T): void {
    const node: ListNode<T> = { value, next: undefined }
    if (this.#tail === undefined) this.#head = node
    else this.#tail.next = node
    this.#tail = node
  }

  next(): IteratorResult<T, undefined> {
    if (!this.#started) {
      this.#cursor = this.#head
      this.#started = true
    }
    if (this.#cursor === undefined) return { done: true, value: undefined }
    const { value } = this.#cursor
    this.#cursor = this.#cursor.next
    return { done: false, value }
  }

  [Symbol.iterator](): this {
    return this
  }
}
