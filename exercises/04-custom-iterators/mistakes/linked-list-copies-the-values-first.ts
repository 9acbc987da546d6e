// Breaks 4.4: copies the values into an array when a loop starts and walks the copy: a value
// pushed while the loop runs is never seen.
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
    const values: T[] = []
    for (let node = this.#head; node !== undefined; node = node.next) values.push(node.value)
    return values[Symbol.iterator]()
  }
}
