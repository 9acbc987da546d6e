/**
 * The exercise panel's tests, bundled at site build: `virtual:exercise/<slug>` is one exercise's
 * starter (src/index.ts) and its test files (test/*.test.ts), each bundled by the harness's own
 * bundler with what it imports (@iterlings/testing), plus the course's setup file, its hints
 * (parsed by @iterlings/course, as the CLI reads them) and its tsconfig's checks, with a loader for
 * the declarations its type check needs beside src/index.ts. The page loads it only when a student
 * opens the panel (`virtual:exercise` has a loader for each); the worker (theme/exercise/worker.ts) runs it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { readHints } from '@iterlings/course'
import { bundleExerciseTests } from '@iterlings/harness/exercise'
import ts from 'typescript'
import type { Plugin } from 'vitepress'
import { nodeModuleOfTests, nodeModulesOfTests, readCourse } from './course.ts'
import { PANEL_NODE_MODULES } from './theme/exercise/node/modules.ts'

const INDEX = 'virtual:exercise'
const PREFIX = `${INDEX}/`
/** `virtual:exercise/<slug>/declarations`: the type check's declarations, loaded with it. */
const DECLARATIONS = '/declarations'

export function exercisePlugin(): Plugin {
  // Exercises whose tests import a Node module the panel does not have run on Node only: they
  // have no panel.
  const dirs = new Map(
    readCourse()
      .exercises.filter((exercise) => nodeModuleOfTests(exercise.dir) === undefined)
      .map((exercise) => [exercise.slug, exercise.dir]),
  )
  return {
    name: 'iterlings-exercise',
    resolveId: (id) =>
      id === INDEX ||
      (id.startsWith(PREFIX) && dirs.has(id.slice(PREFIX.length).replace(DECLARATIONS, '')))
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
      const slug = id.slice(PREFIX.length + 1)
      // A chunk of their own, fetched for the type check (exercise 14's are 50 KB gzipped).
      if (slug.endsWith(DECLARATIONS)) {
        const dir = dirs.get(slug.slice(0, -DECLARATIONS.length)) as string
        const declarations = [...declarationsOfTests(dir), ...nodeDeclarations(dir)]
        return `export default ${JSON.stringify(declarations)}`
      }
      const dir = dirs.get(slug) as string
      const { setup, files } = await bundleExerciseTests(dir)
      const starter = readFileSync(path.join(dir, 'src', 'index.ts'), 'utf8')
      const hints = existsSync(path.join(dir, 'hints.md')) ? readHints({ dir }) : []
      const typeChecks = typeChecksOf(dir)
      const bundle = { starter, setup, files, hints, typeChecks }
      const declarations = JSON.stringify(PREFIX + slug + DECLARATIONS)
      return `export default { ...${JSON.stringify(bundle)}, declarations: () => import(${declarations}) }`
    },
  }
}

/** The on-off checks of the exercise's tsconfig, which the browser's type check adds to its own. */
function typeChecksOf(dir: string): Record<string, boolean> {
  const file = ts.findConfigFile(dir, ts.sys.fileExists)
  if (!file) return {}
  const { options } = ts.parseJsonConfigFileContent(
    ts.readConfigFile(file, ts.sys.readFile).config,
    ts.sys,
    dir,
  )
  const isCheck =
    /^(strict|no[A-Z]|exactOptionalPropertyTypes$|verbatimModuleSyntax$|isolatedModules$)/
  return Object.fromEntries(
    Object.entries(options).filter(
      (entry): entry is [string, boolean] =>
        typeof entry[1] === 'boolean' && isCheck.test(entry[0]),
    ),
  )
}

/**
 * The declarations of what the tests import for its side effects (`import '@iterlings/platform'`
 * declares Iterator.concat): in the CLI's check they come with the tests, so the browser's type
 * check needs them beside src/index.ts, or a model solution would not type-check.
 */
function declarationsOfTests(dir: string): string[] {
  const testDir = path.join(dir, 'test')
  const found = new Set<string>()
  for (const name of readdirSync(testDir).filter((file) => file.endsWith('.ts'))) {
    const file = path.join(testDir, name)
    for (const [, specifier = ''] of readFileSync(file, 'utf8').matchAll(
      /^import '([^.'][^']*)'/gm,
    )) {
      const resolved = ts.resolveModuleName(
        specifier,
        file,
        { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext },
        ts.sys,
      )
      const types = resolved.resolvedModule?.resolvedFileName
      if (types?.endsWith('.d.ts')) found.add(types)
    }
  }
  return [...found].map((file) => readFileSync(file, 'utf8'))
}

/**
 * Where the tests use Node's modules (exercise 14), @types/node's declarations of the panel's
 * Node modules, as the exercise's own @types/node has them, and of the globals they use (Buffer,
 * NodeJS): the CLI's check has them from the exercise's tsconfig (types: ["node"]). Only these:
 * the whole of @types/node is 2 MB, and what they import from other modules is not checked.
 */
function nodeDeclarations(dir: string): string[] {
  if (nodeModulesOfTests(dir).length === 0) return []
  const types = path.dirname(
    createRequire(path.join(dir, 'package.json')).resolve('@types/node/package.json'),
  )
  const files = [
    ...PANEL_NODE_MODULES.map((specifier) => `${specifier.slice('node:'.length)}.d.ts`),
    'globals.d.ts',
    'buffer.buffer.d.ts',
  ]
  return files.map((file) => readFileSync(path.join(types, file), 'utf8'))
}
