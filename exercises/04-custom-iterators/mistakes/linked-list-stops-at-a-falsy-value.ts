// Mistake: the iterator tests the value instead of the node, so the list seems to end at 0, '' or undefined.
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
    let node = this.#head
    return {
      next(): IteratorResult<T, undefined> {
        if (!node?.value) return { done: true, value: undefined }
        const { value } = node
        node = node.next
        return { done: false, value }
      },
    }
  }
}
