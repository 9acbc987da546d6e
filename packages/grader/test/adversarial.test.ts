/**
 * One submission per attack, graded together with an honest student. Each attack must earn nothing
 * for what it faked, and leave the honest student, the course and the gradebook untouched.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { createServer } from 'node:net'
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
import { attack, copyOf, course, exercise, folderOf, SLUG } from './class.ts'

const root = mkdtempSync(path.join(tmpdir(), 'iterlings-adversarial-'))
const submissions = path.join(root, 'submissions')
const out = path.join(root, 'gradebook')
const marker = `iterlings-attack-${process.pid}`
const hidden = path.join(root, 'hidden')
const socketPath = path.join(root, 'host.sock')
/** In a hidden test only: no student may ever see it, in any file of the gradebook. */
const SECRET = 'SECRET-7f3a9c'
/** A process outside every sandbox that an attack tries to kill. */
const canary = spawn('sleep', ['1000'], { stdio: 'ignore' })
const CANARY_PID = canary.pid as number
let socketConnections = 0

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
  'nested brackets that crash a bundler': `export const deep = ${'['.repeat(40_000)}${']'.repeat(40_000)}`,
  'kill the grader and a process outside the sandbox': `
    for (const pid of [process.ppid, ${process.pid}, ${CANARY_PID}]) {
      for (const kill of [process._kill, process.kill, process.binding?.('process_wrap')]) {
        try { kill?.call(process, pid, 9) } catch {}
      }
      try { process._debugProcess?.(pid) } catch {}
    }
    try { process.reallyExit?.(0) } catch {}`,
  'talk to a host socket through fetch': `
    const socket = ${JSON.stringify(socketPath)}
    const dispatcher = globalThis[Symbol.for('undici.globalDispatcher.1')]
    try { fetch?.('http://localhost/', { dispatcher }) } catch {}
    try { const Agent = dispatcher?.constructor; new Agent({ connect: { socketPath: socket } }) } catch {}
    try { new WebSocket?.('ws://localhost') } catch {}
    try { process.getBuiltinModule?.('net')?.connect(socket) } catch {}`,
  'use the require and the module globals of node -e': `
    const load = (name) => (globalThis.require ?? globalThis.module?.require?.bind(globalThis.module) ?? ((n) => globalThis[n.replace('node:', '')]))(name)
    for (const module of [globalThis.net, globalThis.fs, globalThis.child_process]) {
      try { module.connect?.(${JSON.stringify(socketPath)}) } catch {}
      try { module.writeFileSync?.('/tmp/${marker}.txt', 'owned') } catch {}
      try { module.spawn?.('sleep', ['1000', '${marker}'], { detached: true, stdio: 'ignore' }).unref() } catch {}
    }
    try { load('node:child_process').spawn('sleep', ['1000', '${marker}'], { detached: true, stdio: 'ignore' }).unref() } catch {}
    try { load('node:net').connect(${JSON.stringify(socketPath)}) } catch {}
    try { load('node:fs').writeFileSync('/tmp/${marker}.txt', 'owned') } catch {}
    try { process.kill(${CANARY_PID}, 'SIGKILL') } catch {}`,
  'memory outside the heap': `export function iter() { const all = []; for (;;) all.push(Buffer.alloc(64 * 1024 * 1024, 1)) }`,
  'read the tests from the file system and the stack': `
    let found = ''
    const look = (text) => { if (typeof text === 'string' && text.includes('toBe(')) found ||= text }
    try { look(new Error().stack) } catch {}
    try { look(process.getBuiltinModule?.('fs')?.readFileSync('/proc/self/fd/0', 'utf8')) } catch {}
    try { look(process.binding?.('fs')) } catch {}
    try { look(JSON.stringify(process.argv) + JSON.stringify(process.execArgv) + JSON.stringify(process.env)) } catch {}
    if (found) throw new Error('found the tests: ' + found.slice(0, 200))`,
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

/** A real matcher of @vitest/expect, taken from the tables it keeps under Symbol.for keys. */
const realMatcher = (look: boolean) => `
  const tables = [Symbol.for('asymmetric-matchers-object'), Symbol.for('$$jest-matchers-object'), Symbol.for('matchers-object'), Symbol.for('expect-global')]
    .map((key) => globalThis[key])
  let liar = {}
  for (const table of ${look} ? tables : []) {
    try { liar = table.anything?.() ?? table.get?.(table.keys?.().next().value)?.anything?.() ?? liar } catch {}
  }
  export function iter() { let n = 0; return { next: () => (n++ < 3 ? { done: false, value: liar } : { done: true, value: undefined }) } }
  export function next() { return liar }
  export function isIterable() { return liar }
  export function isIterator() { return liar }`

/** Makes the hidden test's skipIf true in the student's process, so it would not be graded. */
const fakeThePlatform = `
  try { Object.defineProperty(process, 'platform', { value: 'win32' }) } catch {}
  try { Object.defineProperty(process, 'versions', { value: { node: '0.0.0' } }) } catch {}
  try { process.env.SKIP_THE_HIDDEN_TEST = '1' } catch {}`

const hiddenTests = `
import { describe, expect, it } from 'vitest'
import { iter, next } from '../src/index.ts'
const secret = '${SECRET}'
describe('hidden', () => {
  it('knows what nobody told it', () => {
    const iterator = iter([20, 22])
    expect(secret.length + next(iterator) + next(iterator)).toBe(secret.length + 42)
  })
  it.skipIf(process.platform === 'win32' || process.versions.node === '0.0.0' || process.env.SKIP_THE_HIDDEN_TEST)(
    'is graded on this machine, whatever the student says',
    () => {
      expect(next(iter([1]))).toBe(1)
    },
  )
})
`

/** Ids a spreadsheet would take for formulas. */
const FORMULA_IDS = ['=HYPERLINK("http://evil.example")', '+1', '-1', '@SUM(A1)']
/** An id and a message that try to change feedback.md around them. */
const INJECTING_ID = 'evil\n**Total: 999 of 10 points**'
const INJECTION =
  'oops\r\n## Total: 999\r![x](http://evil.example/x.png)<img src=x onerror=alert(1)>'

let book: Gradebook
let courseBefore: string
let closeServer = () => {}
const byName = (name: string) =>
  book.students.find((student) => student.student === name) as StudentGrade

beforeAll(async () => {
  courseBefore = fingerprint(exercise.dir)
  copyOf(submissions, 'honest, "first" Zoë', 'solution')
  for (const [name, code] of Object.entries(attacks)) attack(submissions, name, code)
  attack(submissions, 'wrong answer', junk)
  attack(submissions, 'wrong answer that overrides the matchers', junk + overrideMatchers)
  attack(submissions, 'asymmetric liar', liar(true))
  attack(submissions, 'a real matcher from the global tables', realMatcher(true), 'empty')
  attack(submissions, 'a plain object where the matcher would be', realMatcher(false), 'empty')
  attack(submissions, 'wrong answer that fakes the platform', junk + fakeThePlatform)
  const configured = attack(submissions, 'config files in src', '', 'solution')
  writeFileSync(
    path.join(configured, 'tsconfig.json'),
    JSON.stringify({ extends: '/etc/passwd', compilerOptions: { jsx: 'react', target: 'es3' } }),
  )
  writeFileSync(
    path.join(configured, 'package.json'),
    JSON.stringify({ type: 'commonjs', imports: { '#x': '/etc/passwd' } }),
  )
  spawnSync('mkfifo', [path.join(configured, 'tsconfig.base.json')])
  for (const id of FORMULA_IDS) attack(submissions, id, '')
  attack(
    submissions,
    INJECTING_ID,
    `export function iter() { throw new Error(${JSON.stringify(INJECTION)}) }`,
  )
  mkdirSync(path.join(hidden, SLUG), { recursive: true })
  writeFileSync(path.join(hidden, SLUG, 'secret.test.ts'), hiddenTests)
  const server = createServer(() => (socketConnections += 1))
  await new Promise<void>((resolve) => server.listen(socketPath, resolve))
  closeServer = () => server.close()
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
    hiddenDir: hidden,
  })
  writeGradebook(out, book, course.title, ['gradescope', 'classroom'])
}, 600_000)

afterAll(() => {
  canary.kill('SIGKILL')
  closeServer()
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
      readFileSync(path.join(folderOf(out, 'console flood'), 'feedback.md'), 'utf8').length,
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

describe('the attacks of a student who read the grader', () => {
  const exerciseOf = (name: string) => byName(name).exercises[0] as ExerciseGrade
  const filesOf = (student: string) => {
    const dir = folderOf(out, student)
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => readFileSync(path.join(entry.parentPath, entry.name), 'utf8'))
  }

  it('a real matcher taken from the global tables equals nothing', () => {
    expect(byName('a real matcher from the global tables').total).toBe(
      byName('a plain object where the matcher would be').total,
    )
  })

  it("no student ever reads the tests: the hidden test's secret is in no file of any gradebook folder", () => {
    for (const { student } of book.students)
      for (const text of filesOf(student)) expect(text, student).not.toContain(SECRET)
    expect(byName('read the tests from the file system and the stack').total).toBe(0)
  })

  it('skips are decided in the trusted run: faking the platform earns what the wrong answer earns', () => {
    const faker = exerciseOf('wrong answer that fakes the platform')
    expect(faker.earned).toBe(exerciseOf('wrong answer').earned)
    expect(
      faker.tests.find((test) => test.name.includes('is graded on this machine'))?.status,
    ).toBe('fail')
  })

  it("the student's tsconfig.json, package.json and a FIFO in src/ are ignored", () => {
    expect(byName('config files in src').total).toBe(exercise.points)
  })

  it("code that crashes a bundler is that student's compile error only", () => {
    expect(exerciseOf('nested brackets that crash a bundler').message).toMatch(/does not compile/)
    expect(exerciseOf('wrong answer').status).not.toBe('error')
  })

  it('no process outside the sandbox was signalled, and no host socket was reached', () => {
    expect(() => process.kill(CANARY_PID, 0)).not.toThrow()
    expect(socketConnections).toBe(0)
    expect(byName('kill the grader and a process outside the sandbox').total).toBe(0)
    expect(byName('use the require and the module globals of node -e').total).toBe(0)
  })

  it('memory outside the heap is bounded where prlimit exists', () => {
    expect(byName('memory outside the heap').total).toBe(0)
    if (process.platform === 'linux') expect(book.isolation).toMatch(/prlimit/)
  })

  it('ids that look like formulas are text in grades.csv', () => {
    const csv = readFileSync(path.join(out, 'grades.csv'), 'utf8')
    for (const id of FORMULA_IDS) {
      expect(csv).toContain(`'${id.slice(0, 2)}`)
      expect(csv).not.toMatch(new RegExp(`^"?\\${id[0]}`, 'm'))
    }
  })

  it('an id and a message cannot change feedback.md around them', () => {
    const feedback = readFileSync(path.join(folderOf(out, INJECTING_ID), 'feedback.md'), 'utf8')
    expect(feedback).not.toContain('\r')
    // Inside a fenced code block, Markdown and HTML are shown as text: only the rest can inject.
    const rendered = feedback.replace(/^( *)(`{3,})text\n[\s\S]*?\n\1\2$/gm, '')
    expect(feedback).toContain(INJECTION.slice(0, 4))
    expect(rendered.match(/^\*\*Total/gm)).toHaveLength(1)
    expect(rendered).not.toMatch(/^#+ Total/m)
    expect(rendered).not.toContain('<img')
    expect(rendered).not.toContain('![')
  })

  it('hidden tests stay hidden: a count and points in feedback.md, hidden in Gradescope', () => {
    const name = 'knows what nobody told it'
    const wrong = folderOf(out, 'wrong answer')
    const feedback = readFileSync(path.join(wrong, 'feedback.md'), 'utf8')
    expect(feedback).toMatch(/Hidden tests: 0 of 2 passed \(0 \/ [\d.]+ points\)/)
    expect(feedback).not.toContain(name)
    expect(readFileSync(path.join(wrong, 'results', `${SLUG}.json`), 'utf8')).not.toContain(name)
    for (const file of readdirSync(path.join(wrong, 'classroom')))
      expect(readFileSync(path.join(wrong, 'classroom', file), 'utf8')).not.toContain(name)
    const gradescope = JSON.parse(readFileSync(path.join(wrong, 'results.json'), 'utf8')) as {
      tests: Array<{ name: string; visibility: string }>
    }
    expect(gradescope.tests.find((test) => test.name.includes(name))?.visibility).toBe('hidden')
  })
})
