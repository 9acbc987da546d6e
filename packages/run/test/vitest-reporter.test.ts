import { cpSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { createVitest } from 'vitest/node'
import { describe, expect, it } from 'vitest'
import type { RunRecord } from '../src/index.ts'
import { RecordReporter } from '../src/vitest-reporter.ts'

const fixture = fileURLToPath(new URL('./fixtures/exercise', import.meta.url))
const packageModules = fileURLToPath(new URL('../node_modules', import.meta.url))

async function recordsOf(root: string): Promise<RunRecord[]> {
  const records: RunRecord[] = []
  const reporter = new RecordReporter({ root, send: (record) => records.push(record) })
  const vitest = await createVitest('test', {
    root,
    watch: false,
    reporters: [reporter],
    config: false,
  })
  try {
    await vitest.start()
  } finally {
    await vitest.close()
  }
  return records
}

describe('RecordReporter', () => {
  it('reports a vitest run as records: begin, plan, each test, load errors, done', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'iterlings-reporter-'))
    cpSync(fixture, root, { recursive: true })
    symlinkSync(packageModules, path.join(root, 'node_modules'))
    writeFileSync(path.join(root, 'test', 'broken.test.ts'), "it('never runs', () => {\n")
    const records = await recordsOf(root)
    const kinds = records.map((record) => record.kind)
    expect(kinds[0]).toBe('begin')
    expect(kinds.at(-1)).toBe('done')
    expect(records).toContainEqual({
      kind: 'plan',
      tests: ['1. double › 1.1 doubles', '1. double › 1.2 fails on purpose'],
    })
    expect(records).toContainEqual({ kind: 'start', test: '1. double › 1.1 doubles' })
    expect(records).toContainEqual(
      expect.objectContaining({
        kind: 'result',
        test: '1. double › 1.1 doubles',
        status: 'passed',
      }),
    )
    const failed = records.find((record) => record.kind === 'result' && record.status === 'failed')
    expect(failed).toMatchObject({
      test: '1. double › 1.2 fails on purpose',
      message: 'the message that teaches: expected 6 to be 7 // Object.is equality',
      where: { file: path.join(root, 'test', 'double.test.ts'), line: 9 },
    })
    expect(records).toContainEqual(
      expect.objectContaining({
        kind: 'error',
        file: 'test/broken.test.ts',
        message: expect.stringMatching(/^syntax error: /),
      }),
    )
    // A whole vitest starts and runs inside this test: seconds on a busy machine.
  }, 60_000)
})
