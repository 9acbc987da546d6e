// Breaks 4.1: next() returns the first node's value but never follows a link, so the first value
// repeats forever.
export * from '../solution/index.ts'

interface ListNode<T> {
  value: T
  next: ListNode<T> | undefined
}

export class LinkedList<T> implements Iterable<T> {
  #head: ListNode<T> | undefined
  #tail: ListNode<T> | undefined

  push(value: T): void {
    const node: ListNode<T> = { value, next: undefined }
    if (this.#tail === undefined) this.#head = node
    else this.#tail.next = node
    this.#tail = node
  }

  [Symbol.iterator](): IterableIterator<T> {
    const iterator: IterableIterator<T> = {
      next: (): IteratorResult<T, undefined> => {
        const node = this.#head
        if (node === undefined) return { done: true, value: undefined }
        return { done: false, value: node.value }
      },
      [Symbol.iterator]: () => iterator,
    }
    return iterator
  }
}
