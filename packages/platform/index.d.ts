/**
 * Importing the module fills in the built-ins the running Node lacks (index.js). For TypeScript,
 * it declares the one that TypeScript 6.0's `lib: ["ESNext"]` does not know yet: `Iterator.concat`
 * (ES2026), typed as TypeScript types the other iterator helpers.
 */
declare global {
  interface IteratorConstructor {
    /** One iterator over every value of each iterable in turn; each is opened only when reached. */
    concat<T>(...iterables: Iterable<T>[]): IteratorObject<T, undefined, unknown>
  }
}

export {}
