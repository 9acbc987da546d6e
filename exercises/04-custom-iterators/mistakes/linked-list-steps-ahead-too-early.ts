// Breaks 4.4: steps to the next node as soon as it hands out a value, so a loop that pushes while
// at the last value has already decided it is done, and misses the new one.
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
    let node = this.#head
    const iterator: IterableIterator<T> = {
      next: (): IteratorResult<T, undefined> => {
        if (node === undefined) return { done: true, value: undefined }
        const { value } = node
        node = node.next
        return { done: false, value }
      },
      [Symbol.iterator]: () => iterator,
    }
    return iterator
  }
}
