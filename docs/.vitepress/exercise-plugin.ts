/**
 * The exercise panel's tests, bundled at site build: `virtual:exercise/<slug>` is one exercise's
 * starter (src/index.ts) and its test files (test/*.test.ts), each bundled by the harness's own
 * bundler with what it imports (@iterlings/testing), plus the course's setup file. The page loads
 * it only when a student opens the panel (`virtual:exercise` has a loader for each); the worker (theme/exercise/worker.ts) runs it.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { bundleExerciseTests } from '@iterlings/harness/exercise'
import type { Plugin } from 'vitepress'
import { nodeModuleOfTests, readCourse } from './course.ts'

const INDEX = 'virtual:exercise'
const PREFIX = `${INDEX}/`

export function exercisePlugin(): Plugin {
  // Exercises whose tests import a Node module run on Node only: they have no panel.
  const dirs = new Map(
    readCourse()
      .exercises.filter((exercise) => nodeModuleOfTests(exercise.dir) === undefined)
      .map((exercise) => [exercise.slug, exercise.dir]),
  )
  return {
    name: 'iterlings-exercise',
    resolveId: (id) =>
      id === INDEX || (id.startsWith(PREFIX) && dirs.has(id.slice(PREFIX.length)))
        ? `\0${id}`
        : undefined,
    async load(id) {
      // The index: a loader for each exercise, so that each is a chunk of its own.
      if (id === `\0${INDEX}`) {
        const entries = [...dirs.keys()].map(
          (slug) => `${JSON.stringify(slug)}: () => import(${JSON.stringify(PREFIX + slug)})`,
        )
        return `export const loaders = {\n${entries.join(',\n')}\n}`
      }
      if (!id.startsWith(`\0${PREFIX}`)) return undefined
      const dir = dirs.get(id.slice(PREFIX.length + 1)) as string
      const { setup, files } = await bundleExerciseTests(dir)
      const starter = readFileSync(path.join(dir, 'src', 'index.ts'), 'utf8')
      return `export default ${JSON.stringify({ starter, setup, files })}`
    },
  }
}
