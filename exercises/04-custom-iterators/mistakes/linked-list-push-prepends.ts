// Mistake: push() puts the new node in front of the head, the easy end of a linked list, so the values come out backwards.
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
