/**
 * A loaded machine grades as a quiet one. A machine too busy to run the sandbox leaves it waiting
 * while the wall clock runs; here that wait is made certain: the sandbox is frozen (SIGSTOP) at
 * its first graded test for several times the test's limit, once. The honest solution must still
 * earn every point.
 */
import { spawnSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { grade } from '../src/grade.ts'
import { listSubmissions } from '../src/submissions.ts'
import { copyOf, course, exercise } from './class.ts'

const TEST_LIMIT_MS = 300
const FREEZE_MS = 3_000
const realPrlimit = spawnSync('sh', ['-c', 'command -v prlimit'], {
  encoding: 'utf8',
}).stdout.trim()
const root = mkdtempSync(path.join(tmpdir(), 'iterlings-load-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

/**
 * A stand-in for prlimit, the last of the sandbox's wrappers before node: it passes everything
 * through, records included (fd 3), and the first time it runs a graded job (one with a `run`
 * list, not the trusted run) it freezes node at the first test's start.
 */
function freezingPrlimit(bin: string, frozen: string): void {
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
let freeze = graded && !fs.existsSync(${JSON.stringify(frozen)})
const child = spawn(${JSON.stringify(realPrlimit)}, process.argv.slice(2), {
  stdio: ['pipe', 'inherit', 'inherit', 'pipe'],
})
child.stdin.end(input)
child.stdio[3].on('data', (chunk) => {
  fs.writeSync(3, chunk)
  if (freeze && chunk.includes('"kind":"start"')) {
    freeze = false
    fs.mkdirSync(${JSON.stringify(frozen)})
    process.kill(child.pid, 'SIGSTOP')
    setTimeout(() => process.kill(child.pid, 'SIGCONT'), ${FREEZE_MS})
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
      freezingPrlimit(bin, frozen)
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
})
