/**
 * What the site remembers of a student's exercises, in this browser's localStorage, one key per
 * exercise and kind: the code in its panel, how many hints of each task were seen, and whether it
 * is done (its last run passed every test and its code type-checks, the CLI's "done"). The
 * sidebar reads the last one on every page, so this module stays small and imports nothing.
 */

/** Sent on window when an exercise's done changes, so the sidebar's marks follow. */
export const PROGRESS_EVENT = 'iterlings:progress'

const key = (kind: 'exercise' | 'hints' | 'done', slug: string) => `iterlings:${kind}:${slug}`

// Storage can be refused (a private window, say): then progress lasts as long as the page.
function read(name: string): string | null {
  try {
    return localStorage.getItem(name)
  } catch {
    return null
  }
}
function write(name: string, value: string | undefined): void {
  try {
    if (value === undefined) localStorage.removeItem(name)
    else localStorage.setItem(name, value)
  } catch {
    // as above
  }
}

/** The student's code, or null when they have the starter. */
export const savedCode = (slug: string) => read(key('exercise', slug))
export const saveCode = (slug: string, code: string | undefined) =>
  write(key('exercise', slug), code)

/** How many hints of each task ("2. next") the student has seen. */
export function hintsSeen(slug: string): Record<string, number> {
  try {
    const seen: unknown = JSON.parse(read(key('hints', slug)) ?? '{}')
    return typeof seen === 'object' && seen !== null ? (seen as Record<string, number>) : {}
  } catch {
    return {} // not ours, or cut short: as if none were seen
  }
}
export function setHintsSeen(slug: string, task: string, count: number): void {
  write(key('hints', slug), JSON.stringify({ ...hintsSeen(slug), [task]: count }))
}

export const isDone = (slug: string) => read(key('done', slug)) === 'yes'
export function setDone(slug: string, done: boolean): void {
  if (done === isDone(slug)) return
  write(key('done', slug), done ? 'yes' : undefined)
  window.dispatchEvent(new CustomEvent(PROGRESS_EVENT, { detail: { slug, done } }))
}
