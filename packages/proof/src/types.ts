/**
 * Type tests import the student's entry by a relative path that no resolver can point elsewhere
 * for tsc, so each target's type tests run in a scratch copy: the exercise's `test/*.test-d.ts`
 * beside a `src/index.ts` that re-exports the target.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

export const hasTypeTests = (exerciseDir: string) =>
  existsSync(path.join(exerciseDir, 'test')) &&
  readdirSync(path.join(exerciseDir, 'test')).some((file) => file.endsWith('.test-d.ts'))

/** A scratch folder whose type tests check `target` ("solution" or "mistakes/<file>.ts"). */
export function typeTestCopy(
  exerciseDir: string,
  target: string,
): { root: string; remove(): void } {
  const root = mkdtempSync(path.join(tmpdir(), 'iterlings-types-'))
  cpSync(path.join(exerciseDir, 'test'), path.join(root, 'test'), {
    recursive: true,
    filter: (source) => !source.endsWith('.ts') || source.endsWith('.test-d.ts'),
  })
  const entry = path.extname(target) ? target : path.join(target, 'index.ts')
  mkdirSync(path.join(root, 'src'))
  writeFileSync(
    path.join(root, 'src', 'index.ts'),
    // Relative, as TypeScript rewrites only relative imports of .ts files.
    `export * from ${JSON.stringify(path.relative(path.join(root, 'src'), path.join(exerciseDir, entry)))}\n`,
  )
  writeFileSync(
    path.join(root, 'tsconfig.json'),
    JSON.stringify({
      extends: path.join(exerciseDir, 'tsconfig.json'),
      include: ['src', 'test'],
    }),
  )
  writeFileSync(path.join(root, 'package.json'), '{ "type": "module" }\n')
  writeFileSync(
    path.join(root, 'vitest.config.js'),
    "export default { test: { include: [], typecheck: { include: ['test/**/*.test-d.ts'] } } }\n",
  )
  symlinkSync(path.join(exerciseDir, 'node_modules'), path.join(root, 'node_modules'))
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) }
}
