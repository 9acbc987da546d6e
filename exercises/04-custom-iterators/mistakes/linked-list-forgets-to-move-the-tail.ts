// Breaks 4.1: push() links the new node after the tail but never moves the tail, so each push
// replaces the one before.
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
    if (this.#tail === undefined) {
      this.#head = node
      this.#tail = node
    } else {
      this.#tail.next = node
    }
  }

  [Symbol.iterator](): IterableIterator<T> {
    let last: ListNode<T> | undefined
    const iterator: IterableIterator<T> = {
      next: (): IteratorResult<T, undefined> => {
        const node = last === undefined ? this.#head : last.next
        if (node === undefined) return { done: true, value: undefined }
        last = node
        return { done: false, value: node.value }
      },
      [Symbol.iterator]: () => iterator,
    }
    return iterator
  }
}
