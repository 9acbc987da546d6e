// Breaks 4.2: tests the value instead of the node, so the list seems to end at 0, '' or
// undefined.
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
    let last: ListNode<T> | undefined
    const iterator: IterableIterator<T> = {
      next: (): IteratorResult<T, undefined> => {
        const node = last === undefined ? this.#head : last.next
        if (!node?.value) return { done: true, value: undefined }
        last = node
        return { done: false, value: node.value }
      },
      [Symbol.iterator]: () => iterator,
    }
    return iterator
  }
}
