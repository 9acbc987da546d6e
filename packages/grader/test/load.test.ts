/**
 * A loaded machine grades as a quiet one. A machine too busy to run the sandbox leaves it waiting
 * while the wall clock runs; here that wait is made certain: the sandbox is frozen (SIGSTOP) once,
 * at the start of a graded test, for longer than the test's limit. The honest solution must still
 * earn every point.
 */
import { spawnSync } from 'node:child_process'
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { grade } from '../src/grade.ts'
import { listSubmissions } from '../src/submissions.ts'
import { attack, copyOf, course, exercise, SLUG } from './class.ts'

const TEST_LIMIT_MS = 300
const realPrlimit = spawnSync('sh', ['-c', 'command -v prlimit'], {
  encoding: 'utf8',
}).stdout.trim()
const root = mkdtempSync(path.join(tmpdir(), 'iterlings-load-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

/**
 * A stand-in for prlimit, the last of the sandbox's wrappers before node: it passes everything
 * through, records included (fd 3), and the first time it runs a graded job (one with a `run`
 * list, not the trusted run) it freezes node for `freezeMs` at the start of the first test whose
 * record holds `at`. It counts the graded jobs, a line each in `<frozen>.jobs`.
 */
function freezingPrlimit(bin: string, frozen: string, freezeMs: number, at = ''): void {
  writeFileSync(
    path.join(bin, 'prlimit'),
    `#!${process.execPath}
const { spawn } = require('node:child_process')
const fs = require('node:fs')
const input = fs.readFileSync(0, 'utf8')
let graded = false
try {
  graded = JSON.parse(input).job.exercises.some((exercise) => exercise.run)
} catch {} // a probe, with no job on stdin
if (graded) fs.appendFileSync(${JSON.stringify(`${frozen}.jobs`)}, 'graded\\n')
let freeze = graded && !fs.existsSync(${JSON.stringify(frozen)})
const child = spawn(${JSON.stringify(realPrlimit)}, process.argv.slice(2), {
  stdio: ['pipe', 'inherit', 'inherit', 'pipe'],
})
child.stdin.end(input)
child.stdio[3].on('data', (chunk) => {
  fs.writeSync(3, chunk)
  if (freeze && chunk.includes('"kind":"start"') && chunk.includes(${JSON.stringify(at)})) {
    freeze = false
    fs.mkdirSync(${JSON.stringify(frozen)})
    process.kill(child.pid, 'SIGSTOP')
    setTimeout(() => process.kill(child.pid, 'SIGCONT'), ${freezeMs})
  }
})
child.on('exit', (code) => process.exit(code ?? 1))
`,
  )
  chmodSync(path.join(bin, 'prlimit'), 0o755)
}

describe('a loaded machine', () => {
  it.runIf(process.platform === 'linux' && realPrlimit)(
    'an honest test that the machine kept waiting past its limit is run again: full marks',
    async () => {
      const bin = path.join(root, 'bin')
      const frozen = path.join(root, 'frozen')
      mkdirSync(bin)
      // Far past the limit and its grace: the grader stops the test from outside.
      freezingPrlimit(bin, frozen, 3_000)
      const submissions = path.join(root, 'submissions')
      copyOf(submissions, 'honest', 'solution')
      const PATH = process.env.PATH
      process.env.PATH = `${bin}${path.delimiter}${PATH}`
      try {
        const book = await grade({
          course,
          exercises: [exercise],
          submissions: listSubmissions(submissions),
          testTimeoutMs: TEST_LIMIT_MS,
          memoryMb: 128,
          jobs: 1,
        })
        // The freeze happened, in the graded run: without it this test proves nothing.
        expect(existsSync(frozen)).toBe(true)
        const [graded] = book.students[0]?.exercises ?? []
        expect(graded?.tests.filter((test) => test.status !== 'pass')).toEqual([])
        expect(graded?.earned).toBe(graded?.points)
      } finally {
        process.env.PATH = PATH
      }
    },
    120_000,
  )

  it.runIf(process.platform === 'linux' && realPrlimit)(
    "an honest async test that the machine kept past the harness's own limit is run again: full marks",
    async () => {
      const bin = path.join(root, 'bin-async')
      const frozen = path.join(root, 'frozen-async')
      mkdirSync(bin)
      // Past the limit, within its grace: the harness fails the test at its own limit, inside.
      freezingPrlimit(bin, frozen, 1_500, 'waits, then yields')
      const hiddenDir = path.join(root, 'hidden')
      mkdirSync(path.join(hiddenDir, SLUG), { recursive: true })
      // Pending at the freeze (its timer), and still at work after it, when the limit's timer fires.
      writeFileSync(
        path.join(hiddenDir, SLUG, 'slow.test.ts'),
        `import { expect, it } from 'vitest'
it('waits, then yields to the event loop', async () => {
  await new Promise((resolve) => setTimeout(resolve, 100))
  for (let turn = 0; turn < 2_000; turn += 1) await new Promise((resolve) => setImmediate(resolve))
  expect(true).toBe(true)
})
`,
      )
      const submissions = path.join(root, 'submissions-async')
      copyOf(submissions, 'honest', 'solution')
      const PATH = process.env.PATH
      process.env.PATH = `${bin}${path.delimiter}${PATH}`
      try {
        const book = await grade({
          course,
          exercises: [exercise],
          submissions: listSubmissions(submissions),
          hiddenDir,
          testTimeoutMs: 1_000,
          memoryMb: 128,
          jobs: 1,
        })
        expect(existsSync(frozen)).toBe(true)
        const [graded] = book.students[0]?.exercises ?? []
        expect(graded?.tests.filter((test) => test.status !== 'pass')).toEqual([])
        expect(graded?.earned).toBe(graded?.points)
      } finally {
        process.env.PATH = PATH
      }
    },
    120_000,
  )

  it.runIf(process.platform === 'linux' && realPrlimit)(
    "tests that time out at the harness's limit until the exercise's cap are not run again past it",
    async () => {
      const bin = path.join(root, 'bin-cap')
      const frozen = path.join(root, 'frozen-cap')
      mkdirSync(bin)
      freezingPrlimit(bin, frozen, 0, 'no test is named so')
      const hiddenDir = path.join(root, 'hidden-cap')
      mkdirSync(path.join(hiddenDir, SLUG), { recursive: true })
      // 20 tests at 0.3 s each outlast the cap of 12 limits (3.6 s).
      writeFileSync(
        path.join(hiddenDir, SLUG, 'awaits.test.ts'),
        `import { it } from 'vitest'
import { iter } from '../src/index.ts'
for (let test = 1; test <= 20; test += 1) it('awaits ' + test, async () => { await iter([test]) })
`,
      )
      const submissions = path.join(root, 'submissions-cap')
      attack(submissions, 'never settles', 'export function iter() { return { then() {} } }')
      const PATH = process.env.PATH
      process.env.PATH = `${bin}${path.delimiter}${PATH}`
      try {
        const book = await grade({
          course,
          exercises: [exercise],
          submissions: listSubmissions(submissions),
          hiddenDir,
          testTimeoutMs: 300,
          memoryMb: 128,
          jobs: 1,
        })
        const tests = book.students[0]?.exercises[0]?.tests ?? []
        expect(
          tests.some((test) => /in all, so the rest were not run/.test(test.message ?? '')),
          'the cap stopped the hidden tests',
        ).toBe(true)
        // One process for the visible tests, one for the hidden ones, which the cap stopped.
        expect(readFileSync(`${frozen}.jobs`, 'utf8').split('\n').filter(Boolean)).toHaveLength(2)
      } finally {
        process.env.PATH = PATH
      }
    },
    120_000,
  )
})
