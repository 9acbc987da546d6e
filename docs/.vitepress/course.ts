/** What the site takes from the course manifest, for the config (sidebar) and the theme (exercise cards). */
import { loadCourse, type Course } from '@iterlings/course'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const repository = 'https://github.com/iterlings/iterlings'

export const readCourse = (): Course => loadCourse(fileURLToPath(new URL('../..', import.meta.url)))

/**
 * The Node module an exercise's tests import (e.g. node:stream), if any: such an exercise cannot
 * run in the browser's exercise panel, and its card says so.
 */
export function nodeModuleOfTests(exerciseDir: string): string | undefined {
  const testDir = path.join(exerciseDir, 'test')
  for (const file of readdirSync(testDir)
    .filter((name) => name.endsWith('.test.ts'))
    .sort()) {
    const found = /\bfrom ['"](node:[\w/]+)['"]/.exec(
      readFileSync(path.join(testDir, file), 'utf8'),
    )
    if (found) return found[1]
  }
  return undefined
}
