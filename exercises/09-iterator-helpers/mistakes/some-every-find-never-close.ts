// Breaks 2.5: returns at the answer, or lets the predicate's error out, without closing the iterator
export * from '../solution/index.ts'

export function some<T>(
  iterator: Iterator<T>,
  predicate: (value: T, counter: number) => unknown,
): boolean {
  if (typeof predicate !== 'function')
    throw new TypeError(`some() needs a function, not ${String(predicate)}`)
  const next = iterator.next
  let counter = 0
  for (let step = next.call(iterator); !step.done; step = next.call(iterator)) {
    if (predicate(step.value, counter++)) return true
  }
  return false
}

export function every<T>(
  iterator: Iterator<T>,
  predicate: (value: T, counter: number) => unknown,
): boolean {
  if (typeof predicate !== 'function')
    throw new TypeError(`every() needs a function, not ${String(predicate)}`)
  const next = iterator.next
  let counter = 0
  for (let step = next.call(iterator); !step.done; step = next.call(iterator)) {
    if (!predicate(step.value, counter++)) return false
  }
  return true
}

export function find<T>(
  iterator: Iterator<T>,
  predicate: (value: T, counter: number) => unknown,
): T | undefined {
  if (typeof predicate !== 'function')
    throw new TypeError(`find() needs a function, not ${String(predicate)}`)
  const next = iterator.next
  let counter = 0
  for (let step = next.call(iterator); !step.done; step = next.call(iterator)) {
    const value = step.value
    if (predicate(value, counter++)) return value
  }
  return undefined
}
