// Mistake: next() returns the current node's value but never follows its link, so the first value repeats forever.
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

  [Symbol.iterator](): Iterator<T> {
    const node = this.#head
    return {
      next(): IteratorResult<T, undefined> {
        if (node === undefined) return { done: true, value: undefined }
        return { done: false, value: node.value }
      },
    }
  }
}
