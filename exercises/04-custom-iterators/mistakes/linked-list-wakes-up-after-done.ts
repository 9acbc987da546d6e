// Breaks 4.4: follows the last node's link on every next(), even after it has said done, so a
// value pushed after the end comes out of an iterator that had already finished.
export * from '../solution/index.ts'

interface ListNode<T> {
  value: T
  next: ListNode<T> | undefined
}

/** A singly linked list: `push` appends, and a for...of loop walks it from the first value. */
export class LinkedList<T> implements Iterable<T> {
  #head: ListNode<T> | undefined
  #tail: ListNode<T> | undefined

  /** Appends `value` after the last node. */
  push(value: T): void {
    const node: ListNode<T> = { value, next: undefined }
    if (this.#tail === undefined) this.#head = node
    else this.#tail.next = node
    this.#tail = node
  }

  /** Walks the nodes; the position lives in this call, not on the list, so every loop starts fresh. */
  [Symbol.iterator](): IterableIterator<T> {
    // The node handed out last. Its link is followed only when the next value is asked for, so a
    // value pushed meanwhile is seen, as a loop over an array sees one.
    let last: ListNode<T> | undefined
    const iterator: IterableIterator<T> = {
      // The end is "no next node", never a value test: 0, '' and undefined are values too.
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
