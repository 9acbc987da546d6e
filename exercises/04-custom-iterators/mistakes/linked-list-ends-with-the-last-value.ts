// Breaks 4.2: hands out the last value together with done: true ("it is the last one"), and
// for...of and spread throw away a value that comes with done.
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
        if (node === undefined) return { done: true, value: undefined }
        if (node.next === undefined)
          return { done: true, value: node.value } as IteratorResult<T, undefined>
        last = node
        return { done: false, value: node.value }
      },
      [Symbol.iterator]: () => iterator,
    }
    return iterator
  }
}
