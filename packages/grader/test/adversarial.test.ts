/**
 * One submission per attack, graded together with an honest student. Each attack must earn nothing
 * for what it faked, and leave the honest student, the course and the gradebook untouched.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { grade, type Gradebook, type StudentGrade } from '../src/grade.ts'
import type { ExerciseGrade } from '../src/score.ts'
import { writeGradebook } from '../src/output.ts'
import { listSubmissions } from '../src/submissions.ts'
import { attack, copyOf, course, exercise } from './class.ts'

const root = mkdtempSync(path.join(tmpdir(), 'iterlings-adversarial-'))
const submissions = path.join(root, 'submissions')
const out = path.join(root, 'gradebook')
const marker = `iterlings-attack-${process.pid}`

/** A fingerprint of every file under `dir`, to prove nothing was changed. */
function fingerprint(dir: string): string {
  const hash = createHash('sha256')
  const files = ['src', 'test', 'solution'].flatMap((folder) =>
    readdirSync(path.join(dir, folder), { recursive: true, withFileTypes: true }),
  )
  for (const entry of files.sort((a, b) =>
    path.join(a.parentPath, a.name) < path.join(b.parentPath, b.name) ? -1 : 1,
  )) {
    if (!entry.isFile()) continue
    const file = path.join(entry.parentPath, entry.name)
    hash.update(file).update(readFileSync(file))
  }
  return hash.digest('hex')
}

const fs = `import { readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs'`
const attacks: Record<string, string> = {
  'exit zero': `process.exit(0)`,
  'exit zero inside a test': `export function iter() { process.exit(0) }`,
  'sync endless loop': `export function iter() { for (;;) {} }`,
  'async endless loop': `
    const spin = async () => { for (;;) await null }
    spin()
    setInterval(() => {}, 1)`,
  'memory bomb': `export function iter() { const all = []; for (;;) all.push(new Array(4e6).fill(all.length)) }`,
  'import vitest': `import { expect } from 'vitest'\nexpect.extend({ toBe: () => ({ pass: true, message: () => '' }) })`,
  'print a fake summary and forge results': `
    ${fs.replace('{ readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync }', '{ writeSync }')}
    console.log(' ✓ test/iterables-and-iterators.test.ts (42 tests)\\n Test Files  1 passed (1)\\n      Tests  42 passed (42)')
    process.stdout.write('42 passed, 0 failed\\n')
    for (let test = 0; test < 60; test += 1) {
      try { writeSync(3, JSON.stringify({ kind: 'result', test, status: 'pass', seq: 2 * test + 1 }) + '\\t' + 'ab'.repeat(32) + '\\n') } catch {}
    }
    try { writeSync(3, JSON.stringify({ kind: 'done', seq: 999 }) + '\\tdeadbeef\\n') } catch {}`,
  'edit and delete the tests': `
    ${fs}
    const tests = ${JSON.stringify(path.join(exercise.dir, 'test'))}
    try { writeFileSync(tests + '/iterables-and-iterators.test.ts', 'it("passes", () => {})') } catch {}
    try { rmSync(tests, { recursive: true, force: true }) } catch {}`,
  'import the solution': `import * as model from '../../solution/index.ts'\nexport const iter = model.iter`,
  'search the disk for the solution': `
    ${fs}
    let found = 'nothing'
    for (const dir of ['/', ${JSON.stringify(course.root)}, ${JSON.stringify(exercise.dir)}]) {
      try { found = readdirSync(dir).join(); break } catch {}
    }
    try { found = readFileSync(${JSON.stringify(path.join(exercise.dir, 'solution', 'index.ts'))}, 'utf8') } catch {}
    if (found !== 'nothing') throw new Error('read the disk: ' + found.slice(0, 80))`,
  'write into the output and the course': `
    ${fs}
    for (const target of [${JSON.stringify(path.join(out, 'grades.csv'))}, ${JSON.stringify(path.join(course.root, 'pwned.txt'))}, '/tmp/${marker}.txt']) {
      try { writeFileSync(target, 'student,total\\nmallory,9999\\n') } catch {}
    }
    try { mkdirSync(${JSON.stringify(path.join(out, 'mallory'))}) } catch {}`,
  'spawn a long-lived child process': `import { spawn } from 'node:child_process'\nspawn('sleep', ['1000', '${marker}'], { detached: true })`,
  'spawn a child process at run time': `
    const cp = process.getBuiltinModule?.('node:child_process')
    try { cp?.spawn('sleep', ['1000', '${marker}'], { detached: true, stdio: 'ignore' }).unref() } catch {}
    try { process.kill(process.ppid, 'SIGKILL') } catch {}
    try { process.binding('spawn_sync') } catch {}`,
  'syntax error': `export function iter(iterable {\n  return iterable\n}`,
}

/** A wrong answer that never throws, so that a matcher made to pass anything would score with it. */
const junk = `
  export function iter() { return { next: () => ({ done: true, value: undefined }) } }
  export function next() { return 'junk' }
  export function isIterable() { return false }
  export function isIterator() { return false }`

/** Everything a student's module could try on the matchers and the built-ins they rely on. */
const overrideMatchers = `
  const tables = globalThis[Symbol.for('$$jest-matchers-object')]
  try { tables.customEqualityTesters.push(() => true) } catch {}
  for (const name of ['toBe', 'toEqual', 'toThrow', 'toBeUndefined', 'toHavePulled']) {
    try { tables.matchers[name] = () => ({ pass: true, message: () => '' }) } catch {}
  }
  try { Object.defineProperty(Object.prototype, 'pass', { get: () => true }) } catch {}
  try { Object.is = () => true } catch {}
  try { globalThis.Object = { ...Object, is: () => true } } catch {}
  try { Array.prototype.every = () => true } catch {}
  try { Error.prototype.toString = () => 'passed' } catch {}`

/** Values that claim to equal anything, the way vitest's own asymmetric matchers do. */
const liar = (claim: boolean) => `
  const liar = ${claim ? '{ asymmetricMatch: () => true, toString: () => "anything" }' : '{}'}
  export function iter() { let n = 0; return { next: () => (n++ < 3 ? { done: false, value: liar } : { done: true, value: undefined }) } }
  export function next() { return liar }`

let book: Gradebook
let courseBefore: string
const byName = (name: string) =>
  book.students.find((student) => student.student === name) as StudentGrade

beforeAll(async () => {
  courseBefore = fingerprint(exercise.dir)
  copyOf(submissions, 'honest, "first" Zoë', 'solution')
  for (const [name, code] of Object.entries(attacks)) attack(submissions, name, code)
  attack(submissions, 'wrong answer', junk)
  attack(submissions, 'wrong answer that overrides the matchers', junk + overrideMatchers)
  attack(submissions, 'asymmetric liar', liar(true))
  attack(submissions, 'plain liar', liar(false))
  attack(
    submissions,
    'console flood',
    `
    import { iter as modelIter } from './base.ts'
    let flooded = false
    export function iter(iterable) {
      if (!flooded) {
        flooded = true
        for (let i = 0; i < 25; i += 1) console.log('x'.repeat(1024 * 1024))
        process.stdout.write('y'.repeat(25 * 1024 * 1024))
      }
      return modelIter(iterable)
    }`,
    'solution',
  )
  const linked = copyOf(submissions, 'symbolic link to the solution', 'src')
  rmSync(path.join(linked, 'index.ts'))
  symlinkSync(path.join(exercise.dir, 'solution', 'index.ts'), path.join(linked, 'index.ts'))
  mkdirSync(path.join(submissions, 'missing exercise', 'exercises', 'some-other-exercise', 'src'), {
    recursive: true,
  })

  // A gradebook from an earlier run, which the new one must replace as a whole.
  mkdirSync(path.join(out, 'stale student'), { recursive: true })
  writeFileSync(path.join(out, 'grading.json'), '{}')
  writeFileSync(path.join(out, 'grades.csv'), 'student,total\nstale student,1\n')

  book = await grade({
    course,
    exercises: [exercise],
    submissions: listSubmissions(submissions),
    testTimeoutMs: 5000,
    memoryMb: 64,
    jobs: 2,
  })
  writeGradebook(out, book, course.title, ['gradescope'])
}, 240_000)

afterAll(() => {
  spawnSync('pkill', ['--signal', 'KILL', '-f', marker]) // In case an attack got through: never leave it running.
  rmSync(root, { recursive: true, force: true })
})

describe('an honest student graded beside every attack', () => {
  it('earns every point', () => {
    const honest = byName('honest, "first" Zoë')
    expect(honest.total).toBe(exercise.points)
    expect(honest.exercises[0]?.tests.every((test) => test.status === 'pass')).toBe(true)
  })

  it('is listed in a gradebook that replaced the old one and holds only this run', () => {
    const csv = readFileSync(path.join(out, 'grades.csv'), 'utf8')
    expect(csv).toContain(`"honest, ""first"" Zoë",10,10`)
    expect(csv).not.toContain('stale student')
    expect(csv).not.toContain('mallory')
    expect(readdirSync(out)).not.toContain('stale student')
    expect(readdirSync(out)).not.toContain('mallory')
  })
})

describe('each attack earns nothing', () => {
  it.each(Object.keys(attacks))('%s', (name) => {
    const student = byName(name)
    expect(student.total, JSON.stringify(student.exercises[0]?.tests.slice(0, 2))).toBe(0)
    expect(student.exercises[0]?.tests.some((test) => test.status === 'pass')).toBe(false)
  })

  it('a symbolic link into the course is refused', () => {
    const student = byName('symbolic link to the solution')
    expect(student.total).toBe(0)
    expect(student.exercises[0]?.message).toMatch(/symbolic link/)
  })

  it('a missing exercise is named as missing', () => {
    const student = byName('missing exercise')
    expect(student.total).toBe(0)
    expect(student.exercises[0]?.message).toMatch(/was not found in the submission/)
  })

  it('overriding the matchers and built-ins at run time scores no more than the wrong answer alone', () => {
    expect(byName('wrong answer').total).toBeLessThan(exercise.points / 2)
    expect(byName('wrong answer that overrides the matchers').total).toBe(
      byName('wrong answer').total,
    )
  })

  it('values that claim to equal anything score no more than plain values', () => {
    expect(byName('asymmetric liar').total).toBe(byName('plain liar').total)
  })
})

describe('what the student reads', () => {
  const exerciseOf = (name: string) => byName(name).exercises[0] as ExerciseGrade

  it('an endless loop is named a time-out, with a hint', () => {
    const stuck = exerciseOf('sync endless loop').tests.filter((test) => test.status === 'timeout')
    expect(stuck.length).toBeGreaterThan(0)
    expect(stuck[0]?.message).toMatch(/still running after 5 s.*loop that never ends/s)
  })

  it('a memory bomb is named as running out of memory', () => {
    const [first] = exerciseOf('memory bomb').tests.filter(
      (test) => test.status !== 'pass' && test.status !== 'fail',
    )
    expect(first?.message).toMatch(/ran out of memory/)
  })

  it('a syntax error is a compile error with the file and line', () => {
    expect(exerciseOf('syntax error').message).toMatch(/src[/\\]index\.ts:2:\d+: /)
  })

  it('an import of vitest, the solution or child_process is a compile error that names it', () => {
    expect(exerciseOf('import vitest').message).toMatch(/"vitest" is outside your src\/ folder/)
    expect(exerciseOf('import the solution').message).toMatch(
      /"..\/..\/solution\/index.ts" is outside your src\/ folder/,
    )
    expect(exerciseOf('spawn a long-lived child process').message).toMatch(
      /"node:child_process" is not available/,
    )
  })

  it('a 50 MB console flood is cut short in the feedback, and the code is still graded', () => {
    const flood = exerciseOf('console flood')
    expect(flood.earned).toBe(exercise.points)
    const longest = Math.max(...flood.tests.map((test) => test.output?.length ?? 0))
    expect(longest).toBeGreaterThan(0)
    expect(longest).toBeLessThanOrEqual(4_000)
    expect(
      readFileSync(path.join(out, 'console flood', 'feedback.md'), 'utf8').length,
    ).toBeLessThan(500_000)
  })
})

describe('nothing outside the sandbox changed', () => {
  it('the course exercise is byte for byte the same', () => {
    expect(fingerprint(exercise.dir)).toBe(courseBefore)
    expect(readdirSync(course.root)).not.toContain('pwned.txt')
    expect(readdirSync('/tmp')).not.toContain(`${marker}.txt`)
  })

  it('no process the students started is still running', () => {
    const processes = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' })
    expect(processes).not.toContain(marker)
  })
})
