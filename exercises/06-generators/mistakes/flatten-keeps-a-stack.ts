// Breaks 4.4: afraid of deep recursion, keeps an explicit stack and copies each array onto it whole
// as soon as it is reached, reading ahead.
export * from '../solution/index.ts'
import type { Nested } from '../solution/index.ts'

export function* flatten<T>(items: Nested<T>): Generator<T> {
  const stack: Array<T | Nested<T>> = [...items].reverse()
  while (stack.length > 0) {
    const item = stack.pop() as T | Nested<T>
    if (Array.isArray(item)) {
      stack.push(...[...(item as Nested<T>)].reverse())
    } else {
      yield item as T
    }
  }
}
