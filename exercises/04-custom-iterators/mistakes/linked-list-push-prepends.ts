// Breaks 4.1: push() puts the new node in front of the head, the easy end of a linked list, so
// the values come out backwards.
export * from '../solution/index.ts'

interface ListNode<T> {
  value: T
  next: ListNode<T> | undefined
}

export class LinkedList<T> implements Iterable<T> {
  #head: ListNode<T> | undefined

  push(value: T): void {
    this.#head = { value, next: this.#head }
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
