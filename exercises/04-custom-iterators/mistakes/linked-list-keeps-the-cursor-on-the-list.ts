// Breaks 4.3: keeps the walking position on the list and makes the list its own iterator, so the
// first loop uses it up: a second loop, or an inner loop, finds nothing.
export * from '../solution/index.ts'

interface ListNode<T> {
  value: T
  next: ListNode<T> | undefined
}

export class LinkedList<T> implements IterableIterator<T> {
  #head: ListNode<T> | undefined
  #tail: ListNode<T> | undefined
  #last: ListNode<T> | undefined

  push(value: T): void {
    const node: ListNode<T> = { value, next: undefined }
    if (this.#tail === undefined) this.#head = node
    else this.#tail.next = node
    this.#tail = node
  }

  next(): IteratorResult<T, undefined> {
    const node = this.#last === undefined ? this.#head : this.#last.next
    if (node === undefined) return { done: true, value: undefined }
    this.#last = node
    return { done: false, value: node.value }
  }

  [Symbol.iterator](): this {
    return this
  }
}
