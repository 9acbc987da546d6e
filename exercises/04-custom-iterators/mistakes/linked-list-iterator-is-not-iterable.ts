// Breaks 4.5: hands out a bare { next() } object, which is an iterator but not iterable: a
// for...of or a spread over a half-read iterator throws "is not iterable".
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
    const iterator = {
      next: (): IteratorResult<T, undefined> => {
        const node = last === undefined ? this.#head : last.next
        if (node === undefined) return { done: true, value: undefined }
        last = node
        return { done: false, value: node.value }
      },
    }
    return iterator as IterableIterator<T>
  }
}
