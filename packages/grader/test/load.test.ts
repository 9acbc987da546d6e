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
import { grade, type Gradebook } from '../src/grade.ts'
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

interface FrozenRun {
  /** Names the run's folders. */
  name: string
  /** How long the sandbox is frozen, at the first graded test whose start record holds `at`. */
  freezeMs: number
  at?: string
  /** A hidden test file for the exercise, if any. */
  hidden?: string
  /** Writes the one student's submission into `submissions`. */
  submit: (submissions: string) => void
  testTimeoutMs: number
}

/** Grades one student with the freezing prlimit first on the PATH; `frozen` is its marker. */
async function gradeFrozen(run: FrozenRun): Promise<{ book: Gradebook; frozen: string }> {
  const bin = path.join(root, `bin-${run.name}`)
  const frozen = path.join(root, `frozen-${run.name}`)
  mkdirSync(bin)
  freezingPrlimit(bin, frozen, run.freezeMs, run.at)
  let hiddenDir: string | undefined
  if (run.hidden !== undefined) {
    hiddenDir = path.join(root, `hidden-${run.name}`)
    mkdirSync(path.join(hiddenDir, SLUG), { recursive: true })
    writeFileSync(path.join(hiddenDir, SLUG, 'hidden.test.ts'), run.hidden)
  }
  const submissions = path.join(root, `submissions-${run.name}`)
  run.submit(submissions)
  const PATH = process.env.PATH
  process.env.PATH = `${bin}${path.delimiter}${PATH}`
  try {
    const book = await grade({
      course,
      exercises: [exercise],
      submissions: listSubmissions(submissions),
      ...(hiddenDir && { hiddenDir }),
      testTimeoutMs: run.testTimeoutMs,
      memoryMb: 128,
      jobs: 1,
    })
    return { book, frozen }
  } finally {
    process.env.PATH = PATH
  }
}

/** The one student's exercise earned every point. */
function fullMarks(book: Gradebook): void {
  const [graded] = book.students[0]?.exercises ?? []
  expect(graded?.tests.filter((test) => test.status !== 'pass')).toEqual([])
  expect(graded?.earned).toBe(graded?.points)
}

const honest = (submissions: string) => void copyOf(submissions, 'honest', 'solution')
const onLinux = process.platform === 'linux' && realPrlimit !== ''

describe('a loaded machine', () => {
  it.runIf(onLinux)(
    'an honest test that the machine kept waiting past its limit is run again: full marks',
    async () => {
      const { book, frozen } = await gradeFrozen({
        name: 'sync',
        // Far past the limit and its grace: the grader stops the test from outside.
        freezeMs: 3_000,
        submit: honest,
        testTimeoutMs: TEST_LIMIT_MS,
      })
      // The freeze happened, in the graded run: without it this test proves nothing.
      expect(existsSync(frozen)).toBe(true)
      fullMarks(book)
    },
    120_000,
  )

  it.runIf(onLinux)(
    "an honest async test that the machine kept past the harness's own limit is run again: full marks",
    async () => {
      const { book, frozen } = await gradeFrozen({
        name: 'async',
        // Past the limit, within its grace: the harness fails the test at its own limit, inside.
        freezeMs: 1_500,
        at: 'waits, then yields',
        // Pending at the freeze (its timer), and still at work after it, when the limit's timer fires.
        hidden: `import { expect, it } from 'vitest'
it('waits, then yields to the event loop', async () => {
  await new Promise((resolve) => setTimeout(resolve, 100))
  for (let turn = 0; turn < 2_000; turn += 1) await new Promise((resolve) => setImmediate(resolve))
  expect(true).toBe(true)
})
`,
        submit: honest,
        testTimeoutMs: 1_000,
      })
      expect(existsSync(frozen)).toBe(true)
      fullMarks(book)
    },
    120_000,
  )

  it.runIf(onLinux)(
    "tests that time out at the harness's limit until the exercise's cap are not run again past it",
    async () => {
      const { book, frozen } = await gradeFrozen({
        name: 'cap',
        freezeMs: 0,
        at: 'no test is named so',
        // 20 tests at 0.3 s each outlast the cap of 12 limits (3.6 s).
        hidden: `import { it } from 'vitest'
import { iter } from '../src/index.ts'
for (let test = 1; test <= 20; test += 1) it('awaits ' + test, async () => { await iter([test]) })
`,
        submit: (submissions) =>
          void attack(
            submissions,
            'never settles',
            'export function iter() { return { then() {} } }',
          ),
        testTimeoutMs: 300,
      })
      const tests = book.students[0]?.exercises[0]?.tests ?? []
      expect(
        tests.some((test) => /in all, so the rest were not run/.test(test.message ?? '')),
        'the cap stopped the hidden tests',
      ).toBe(true)
      // One process for the visible tests, one for the hidden ones, which the cap stopped.
      expect(readFileSync(`${frozen}.jobs`, 'utf8').split('\n').filter(Boolean)).toHaveLength(2)
    },
    120_000,
  )
})
