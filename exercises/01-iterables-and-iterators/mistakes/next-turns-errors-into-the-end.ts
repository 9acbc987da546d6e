// Breaks 2.7: writes Python's `except StopIteration:` as a catch-all around iterator.next(), so
// any error the iterator throws becomes the end (StopIteration, or the fallback).
import { StopIteration } from '../solution/index.ts'
export * from '../solution/index.ts'

export function next<T, D = never>(iterator: Iterator<T>, ...fallback: [] | [D]): T | D {
  let result: IteratorResult<T>
  try {
    result = iterator.next()
  } catch {
    result = { done: true, value: undefined }
  }
  if (!result.done) return result.value
  if (fallback.length === 1) return fallback[0]
  throw new StopIteration()
}
