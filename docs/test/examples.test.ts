/**
 * Every example a page includes prints exactly the output the page shows beside it
 * (examples/<exercise>/<name>.txt), on every Node the course supports (20, 22, 24, 26), and every
 * Python twin (<name>.py) prints the same. An example that needs a newer Node says so in its first
 * line (`// Node 22+: why`): it must print its output there and later, and must fail on every
 * older Node, so the mark is never stale. Examples also fit the page: 72 columns at most.
 *
 * Examples run on Node as it is, never with @iterlings/platform: a page shows what the language
 * and Node do natively, and its mark says from which Node. The polyfill is the exercises' (so a
 * student on any supported Node gets the same exercise), not the pages'.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { beforeAll, describe, expect, it } from 'vitest'

const examplesDir = path.join(import.meta.dirname, '..', 'examples')
const examples = readdirSync(examplesDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts'))
  .sort()
const hasPython = spawnSync('python3', ['--version']).status === 0
const outputOf = (example: string) =>
  readFileSync(path.join(examplesDir, example.replace(/\.ts$/, '.txt')), 'utf8')
const COLUMNS = 72
const supported = [20, 22, 24, 26]
const currentMajor = Number(process.versions.node.split('.')[0])

/** Each supported Node's binary: this one, or the npm registry's `node` package (cached by npx). */
const nodes = new Map<number, string | undefined>()
beforeAll(() => {
  for (const major of supported) {
    if (major === currentMajor) {
      nodes.set(major, process.execPath)
      continue
    }
    const found = spawnSync('npx', ['--yes', `node@${major}`, '-p', 'process.execPath'], {
      encoding: 'utf8',
      timeout: 120_000,
    })
    nodes.set(major, found.status === 0 ? found.stdout.trim() : undefined)
  }
}, 480_000)

/**
 * The Node an example needs, from the first line its page shows (`// Node 22+: …`; the line after
 * a twoslash `// ---cut---`, when declarations above it are hidden), or the oldest supported.
 */
const neededNode = (code: string) => {
  const shown = code.split(/^\/\/ ---cut---\n/m).at(-1) ?? code
  return Number(/^\/\/ Node (\d+)\+/.exec(shown)?.[1] ?? supported[0])
}

function runTypeScript(code: string, node: string) {
  // ESNext, so that the example's own syntax (`using`, say) reaches Node as written.
  const { outputText } = ts.transpileModule(code, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ESNext },
  })
  return spawnSync(node, ['--input-type=module'], {
    input: outputText,
    encoding: 'utf8',
    timeout: 10_000,
  })
}

/** Columns on a terminal or in the page: an emoji (or a flag, a family) takes two. */
const width = (line: string) =>
  [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(line)].reduce(
    (sum, { segment }) =>
      sum + (/\p{Extended_Pictographic}|\p{Regional_Indicator}/u.test(segment) ? 2 : 1),
    0,
  )

describe.each(examples)('%s', (example) => {
  const file = path.join(examplesDir, example)
  const code = readFileSync(file, 'utf8')
  const python = file.replace(/\.ts$/, '.py')
  const needs = neededNode(code)

  it('prints the output its page shows, on every Node from the one it needs', () => {
    const results = supported
      .filter((major) => major >= needs)
      .flatMap((major) => {
        const node = nodes.get(major)
        return node ? [{ major, result: runTypeScript(code, node) }] : []
      })
    expect(results.length, 'at least one Node to run it on').toBeGreaterThan(0)
    for (const { major, result } of results) {
      expect(result.stderr, `Node ${major}`).toBe('')
      expect(result.stdout, `Node ${major}`).toBe(outputOf(example))
    }
  })

  // Without the registry a Node may be missing: its cases are skipped, never passed.
  const older = supported.filter((major) => major < needs)
  if (older.length > 0) {
    it.each(older)(`fails on Node %i, older than its "// Node ${needs}+" says`, (major) => {
      const node = nodes.get(major)
      if (!node) return expect.fail(`Node ${major} could not be fetched`)
      expect(runTypeScript(code, node).status).not.toBe(0)
    })
  }

  it(`fits in ${COLUMNS} columns, as printed too`, () => {
    const files = [file, file.replace(/\.ts$/, '.txt'), python].filter(existsSync)
    const wide = files.flatMap((name) =>
      readFileSync(name, 'utf8')
        .split('\n')
        .map((line, index) => ({ where: `${path.basename(name)}:${index + 1}`, line }))
        .filter(({ line }) => width(line) > COLUMNS),
    )
    expect(wide, 'lines that would scroll sideways in the page').toEqual([])
  })

  if (!existsSync(python)) return
  // Some machines have no python3: there the twin is reported as skipped, never as passed.
  it.skipIf(!hasPython)('has a Python twin that prints the same', () => {
    expect(execFileSync('python3', [python], { encoding: 'utf8', timeout: 10_000 })).toBe(
      outputOf(example),
    )
  })
})
