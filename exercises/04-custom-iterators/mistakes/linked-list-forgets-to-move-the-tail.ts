// Mistake: push() links the new node after the tail but never moves the tail, so each push replaces the one before.
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

  [Symbol.iterator](): Iterator<T> {
    let node = this.#head
    return {
      next(): IteratorResult<T, undefined> {
        if (node === undefined) return { done: true, value: undefined }
        const { value } = node
        node = node.next
        return { done: false, value }
      },
    }
  }
}
