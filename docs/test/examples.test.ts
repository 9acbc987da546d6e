/**
 * Every example a page includes prints exactly the output the page shows beside it
 * (examples/<exercise>/<name>.txt), and every Python twin (<name>.py) prints the same.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const examplesDir = path.join(import.meta.dirname, '..', 'examples')
const examples = readdirSync(examplesDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts'))
  .sort()
const hasPython = spawnSync('python3', ['--version']).status === 0
// Examples run on today's platform: what the running Node lacks of it (Part III's built-ins, such
// as Iterator.concat before Node 26) is filled in from core-js first, and only that.
const platform = pathToFileURL(createRequire(import.meta.url).resolve('@iterlings/platform')).href
const outputOf = (example: string) =>
  readFileSync(path.join(examplesDir, example.replace(/\.ts$/, '.txt')), 'utf8')

function runTypeScript(file: string): string {
  const { outputText } = ts.transpileModule(readFileSync(file, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2023 },
  })
  return execFileSync(process.execPath, ['--import', platform, '--input-type=module'], {
    input: outputText,
    encoding: 'utf8',
    timeout: 10_000,
  })
}

describe.each(examples)('%s', (example) => {
  const file = path.join(examplesDir, example)
  const python = file.replace(/\.ts$/, '.py')

  it('prints the output its page shows', () => {
    expect(runTypeScript(file)).toBe(outputOf(example))
  })

  if (!existsSync(python)) return
  // Some machines have no python3: there the twin is reported as skipped, never as passed.
  it.skipIf(!hasPython)('has a Python twin that prints the same', () => {
    expect(execFileSync('python3', [python], { encoding: 'utf8', timeout: 10_000 })).toBe(
      outputOf(example),
    )
  })
})
