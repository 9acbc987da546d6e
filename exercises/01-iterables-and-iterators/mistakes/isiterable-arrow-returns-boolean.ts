// Breaks 3.4: rewrites isIterable as an arrow function without its return type: TypeScript infers
// boolean, so `if (isIterable(x))` no longer lets the caller loop over x.
export * from '../solution/index.ts'

export const isIterable = (value: unknown) =>
  typeof (value as { [Symbol.iterator]?: unknown } | null | undefined)?.[Symbol.iterator] ===
  'function'
