// Breaks 4.4: rewrites isIterator as an arrow function without its return type: TypeScript
// infers boolean, so `if (isIterator(x))` does not let the caller call x.next().
export * from '../solution/index.ts'

export const isIterator = (value: unknown) =>
  ((typeof value === 'object' && value !== null) || typeof value === 'function') &&
  typeof (value as { next?: unknown }).next === 'function'
