/** Where the starters are recorded, relative to the course root. */
export const STARTERS: string
export function recordStarters(
  root: string,
  slugs: string[],
  options?: { fromFiles?: boolean },
): string[]
export function restoreStarter(root: string, slug: string): string[]
