/**
 * An exercise's tests through the harness against its own targets (solution/, the starter src/,
 * one mistakes/<file>.ts), as maintainers' tools need them: the proof holds every verdict here to
 * vitest's. The code is linked exactly as the grader links a student's (see node.ts).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import * as esbuild from 'esbuild'
import { bundleTestFile, type BundleOptions, type TestBundle } from './bundle.ts'
import type { RunOutcome } from '@iterlings/run'
import type { SourceFiles } from './node.ts'
import { runInChild } from './run.ts'

const SOURCE = /\.(c|m)?(t|j)sx?$|\.json$/

function readTree(dir: string, prefix = ''): Record<string, string> {
  const files: Record<string, string> = {}
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !SOURCE.test(entry.name)) continue
    const full = path.join(entry.parentPath, entry.name)
    files[prefix + path.relative(dir, full).split(path.sep).join('/')] = readFileSync(full, 'utf8')
  }
  return files
}

/** A target's source files: a folder that mirrors src/, or one file standing in for src/index.ts. */
export function targetSources(exerciseDir: string, target: string): SourceFiles {
  if (target.endsWith('.ts'))
    return {
      files: {
        ...readTree(path.join(exerciseDir, 'solution'), 'solution/'),
        [target]: readFileSync(path.join(exerciseDir, target), 'utf8'),
      },
      entry: target,
      prefix: '',
    }
  return { files: readTree(path.join(exerciseDir, target)), prefix: `${target}/` }
}

/**
 * A target as one module, the way the site's exercise panel holds a student's code (one
 * src/index.ts): a mistake with the solution it re-exports, 09's solution with its protocol.ts.
 * Names are kept, so a function's `name` is what the test would see from the files themselves.
 * `imports`: the packages it still imports (`node:string_decoder`), which a browser may not have.
 */
export async function targetInOneFile(
  exerciseDir: string,
  target: string,
): Promise<{ code: string; imports: string[] }> {
  const entry = target.endsWith('.ts') ? target : `${target}/index.ts`
  const { outputFiles, metafile } = await esbuild.build({
    entryPoints: [path.join(exerciseDir, entry)],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    packages: 'external',
    keepNames: true,
    metafile: true,
    outfile: 'index.js',
    logLevel: 'silent',
  })
  const imports = Object.values(metafile.outputs).flatMap((output) =>
    output.imports.filter((used) => used.external).map((used) => used.path),
  )
  return { code: outputFiles[0]?.text ?? '', imports: [...new Set(imports)] }
}

/** The exercise's test files (type tests aside) and the course's setup file, bundled. */
export async function bundleExerciseTests(
  exerciseDir: string,
  { platform }: Pick<BundleOptions, 'platform'> = {},
): Promise<{ setup: TestBundle; files: TestBundle[] }> {
  const setupFile = createRequire(path.join(exerciseDir, 'package.json')).resolve(
    '@iterlings/testing/setup',
  )
  const testDir = path.join(exerciseDir, 'test')
  const names = readdirSync(testDir)
    .filter((file) => file.endsWith('.test.ts'))
    .sort()
  return {
    setup: await bundleTestFile(setupFile, {
      resolveDir: path.dirname(setupFile),
      name: 'setup',
      platform,
    }),
    files: await Promise.all(
      names.map((name) =>
        bundleTestFile(path.join(testDir, name), {
          resolveDir: exerciseDir,
          name: `test/${name}`,
          platform,
        }),
      ),
    ),
  }
}

/** Every target's outcome, by target. */
export async function runTargets(
  exerciseDir: string,
  targets: string[],
): Promise<Map<string, RunOutcome>> {
  // The child loads the fill with --require (run.ts).
  const { setup, files } = await bundleExerciseTests(exerciseDir, { platform: 'preloaded' })
  const outcomes = await runInChild(
    targets.map((target) => ({
      setup: [setup],
      exercise: { files, code: targetSources(exerciseDir, target) },
    })),
  )
  return new Map(targets.map((target, index) => [target, outcomes[index] as RunOutcome]))
}
