/** What the site takes from the course manifest, for the config (sidebar) and the theme (exercise cards). */
import { loadCourse, type Course } from '@iterlings/course'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { isPanelNodeModule } from './theme/exercise/node/modules.ts'

export const repository = 'https://github.com/iterlings/iterlings'

export const readCourse = (): Course => loadCourse(fileURLToPath(new URL('../..', import.meta.url)))

/** The Node modules an exercise's tests import (node:stream, say), in the order of its files. */
export function nodeModulesOfTests(exerciseDir: string): string[] {
  const testDir = path.join(exerciseDir, 'test')
  const found = readdirSync(testDir)
    .filter((name) => name.endsWith('.test.ts'))
    .sort()
    .flatMap((file) =>
      [
        ...readFileSync(path.join(testDir, file), 'utf8').matchAll(/\bfrom ['"](node:[\w/]+)['"]/g),
      ].map(([, specifier = '']) => specifier),
    )
  return [...new Set(found)]
}

/**
 * A Node module an exercise's tests import that the exercise panel's worker does not have (see
 * theme/exercise/node/modules.ts), if any: such an exercise cannot run in the browser's panel,
 * and its card says so.
 */
export const nodeModuleOfTests = (exerciseDir: string): string | undefined =>
  nodeModulesOfTests(exerciseDir).find((specifier) => !isPanelNodeModule(specifier))
