/**
 * The grader as an instructor runs it: the command line, its errors, the gradebook's files and
 * formats, zip submissions, sharding and merging.
 */
import { spawn, spawnSync } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { once } from 'node:events'
import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import yazl from 'yazl'
import { ruleOfMistake } from '@iterlings/course'
import { processes } from '@iterlings/run/process-table'
import { attack, copyOf, course, exercise, folderOf, SLUG } from './class.ts'

const bin = path.join(import.meta.dirname, '..', 'bin', 'iterlings-grade.js')
const root = mkdtempSync(path.join(tmpdir(), 'iterlings-cli-'))
const submissions = path.join(root, 'submissions')
const out = path.join(root, 'out')

function gradeCommand(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args, '--course', course.root], {
    cwd: course.root,
    encoding: 'utf8',
    env: { ...process.env, INIT_CWD: root },
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

async function zip(
  file: string,
  entries: Record<string, string>,
  rename?: [string, string],
): Promise<void> {
  const archive = new yazl.ZipFile()
  for (const [name, content] of Object.entries(entries))
    archive.addBuffer(Buffer.from(content), name)
  archive.end()
  const chunks: Buffer[] = []
  archive.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk))
  await once(archive.outputStream, 'end')
  let bytes = Buffer.concat(chunks)
  // yazl refuses to write a path that climbs out, so the name is swapped in afterwards.
  if (rename)
    bytes = Buffer.from(bytes.toString('latin1').replaceAll(rename[0], rename[1]), 'latin1')
  writeFileSync(file, bytes)
}

const solution = readFileSync(path.join(exercise.dir, 'solution', 'index.ts'), 'utf8')
const STUDENTS = {
  honest: 'Zoë "Zed" O\'Neil, Jr.',
  starter: 'plain starter',
  mistake: 'one mistake',
  zipped: 'zipped download',
  slip: 'zip slip',
}

beforeAll(async () => {
  copyOf(submissions, STUDENTS.honest, 'solution')
  copyOf(submissions, STUDENTS.starter, 'src')
  const mistake = readFileSync(
    path.join(exercise.dir, 'mistakes', 'next-takes-undefined-for-the-end.ts'),
    'utf8',
  )
  attack(
    submissions,
    STUDENTS.mistake,
    mistake
      .replaceAll('../solution/index.ts', './base.ts')
      .replace("export * from './base.ts'", ''),
    'solution',
  )
  await zip(path.join(submissions, `${STUDENTS.zipped}.zip`), {
    [`iterlings-main/exercises/${SLUG}/src/index.ts`]: solution,
    'iterlings-main/README.md': 'a download of the whole repository',
  })
  await zip(
    path.join(submissions, `${STUDENTS.slip}.zip`),
    {
      [`exercises/${SLUG}/src/index.ts`]: solution,
      'zz/zz/slipped.ts': 'export const owned = true',
    },
    ['zz/zz/slipped.ts', '../../slipped.ts'],
  )
  const { code, stderr } = gradeCommand(
    'submissions',
    '--out',
    'out',
    '--exercises',
    SLUG,
    '--format',
    'gradescope,classroom',
    '--jobs',
    '2',
  )
  expect(code, stderr).toBe(0)
}, 600_000)

afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('the gradebook', () => {
  const rows = () =>
    parse(readFileSync(path.join(out, 'grades.csv'), 'utf8'), { columns: true }) as Array<
      Record<string, string>
    >
  const row = (student: string) => rows().find((entry) => entry.student === student)

  it('has one row per student, every text cell quoted, so that any name survives, in order', () => {
    expect(rows().map((entry) => entry.student)).toEqual(
      Object.values(STUDENTS).sort((a, b) => (a < b ? -1 : 1)),
    )
    expect(readFileSync(path.join(out, 'grades.csv'), 'utf8').split('\n')[0]).toBe(
      `"student","${SLUG}","total"`,
    )
  })

  it('gives full points for a solution, none for the starter, a share for a partial answer', () => {
    expect(row(STUDENTS.honest)?.total).toBe('10')
    expect(row(STUDENTS.starter)?.total).toBe('0')
    const partial = Number(row(STUDENTS.mistake)?.total)
    expect(partial).toBeGreaterThan(0)
    expect(partial).toBeLessThan(10)
  })

  it('takes a zip of a whole repository download', () => {
    expect(row(STUDENTS.zipped)?.total).toBe('10')
  })

  it('refuses a zip with an entry that climbs out of its folder, and writes nothing outside', () => {
    expect(row(STUDENTS.slip)?.total).toBe('0')
    const result = JSON.parse(
      readFileSync(path.join(folderOf(out, STUDENTS.slip), 'results', `${SLUG}.json`), 'utf8'),
    )
    expect(result.message).toMatch(/refused.*slipped\.ts/)
    expect(existsSync(path.join(tmpdir(), 'slipped.ts'))).toBe(false)
  })

  it('gives each student feedback that teaches', () => {
    const feedback = readFileSync(path.join(folderOf(out, STUDENTS.mistake), 'feedback.md'), 'utf8')
    expect(feedback).toContain(
      '❌ 2. next › 2.2 returns a value of undefined as it is, not the fallback',
    )
    expect(feedback).toContain('only done says the end')
  })

  it("writes exercism's results shape per exercise", () => {
    const result = JSON.parse(
      readFileSync(path.join(folderOf(out, STUDENTS.mistake), 'results', `${SLUG}.json`), 'utf8'),
    )
    expect(result).toMatchObject({ version: 2, status: 'fail', message: null })
    // The mistake breaks one rule: tests of that rule fail, and not every test does.
    const rule = ruleOfMistake(
      readFileSync(
        path.join(exercise.dir, 'mistakes', 'next-takes-undefined-for-the-end.ts'),
        'utf8',
      ),
    )
    const failed = result.tests.filter((test: { status: string }) => test.status === 'fail')
    expect(failed.some((test: { name: string }) => test.name.includes(` › ${rule} `))).toBe(true)
    expect(failed.length).toBeLessThan(result.tests.length)
    const starter = JSON.parse(
      readFileSync(path.join(folderOf(out, STUDENTS.starter), 'results', `${SLUG}.json`), 'utf8'),
    )
    expect(starter.status).toBe('fail')
    expect(starter.tests[0].message).toMatch(/not implemented yet/)
  })

  it("writes Gradescope's results.json, its tests adding up to the score", () => {
    const result = JSON.parse(
      readFileSync(path.join(folderOf(out, STUDENTS.mistake), 'results.json'), 'utf8'),
    )
    const sum = result.tests.reduce(
      (total: number, test: { score: number }) => total + test.score,
      0,
    )
    expect(result.score).toBe(Number(row(STUDENTS.mistake)?.total))
    expect(sum).toBeCloseTo(result.score, 1)
    expect(result.tests[0]).toMatchObject({
      max_score: expect.any(Number),
      status: 'passed',
      visibility: 'visible',
    })
  })

  it("writes GitHub Classroom's reporter input: one small payload per exercise, points exact", () => {
    const dir = path.join(folderOf(out, STUDENTS.honest), 'classroom')
    expect(readFileSync(path.join(dir, 'runners'), 'utf8')).toBe('exercise01')
    const result = JSON.parse(readFileSync(path.join(dir, 'exercise01.json'), 'utf8'))
    expect(result).toMatchObject({ version: 1, status: 'pass', max_score: 10 })
    expect(result.tests[0]).toMatchObject({ status: 'pass', line_no: 0 })
  })
})

describe('sharding', () => {
  it('two shards merged give the same gradebook as one run', () => {
    for (const shard of ['1/2', '2/2'])
      expect(
        gradeCommand(
          'submissions',
          '--out',
          `shard-${shard[0]}`,
          '--exercises',
          SLUG,
          '--shard',
          shard,
        ).code,
      ).toBe(0)
    const merged = gradeCommand('merge', 'shard-1', 'shard-2', '--out', 'merged')
    expect(merged.code, merged.stderr).toBe(0)
    expect(readFileSync(path.join(root, 'merged', 'grades.csv'), 'utf8')).toBe(
      readFileSync(path.join(out, 'grades.csv'), 'utf8'),
    )
    expect(
      existsSync(path.join(folderOf(path.join(root, 'merged'), STUDENTS.honest), 'feedback.md')),
    ).toBe(true)
  }, 240_000)
})

describe('bad input gets a clear error and a non-zero exit', () => {
  it.each([
    [['submissions'], /--out <dir> is required/],
    [['nowhere', '--out', 'x'], /nowhere: no such folder/],
    [['submissions', '--out', 'x', '--shard', '3/2'], /--shard 3\/2: expected i\/n/],
    [['submissions', '--out', 'x', '--format', 'pdf'], /--format pdf: unknown/],
    [
      ['submissions', '--out', 'x', '--exercises', 'nonsense-exercise'],
      /no exercise called "nonsense-exercise"/,
    ],
    [
      ['submissions', '--out', 'x', '--timeout', '0'],
      /--timeout 0: expected a number greater than 0/,
    ],
    [['submissions', '--out', 'submissions/gradebook'], /inside the submissions folder/],
    [
      ['submissions', '--out', 'x', '--hidden', 'no-such-tests'],
      /--hidden .*no-such-tests: no such folder/,
    ],
    [['merge', 'submissions', '--out', 'x'], /not a gradebook folder/],
  ])('iterlings-grade %j', (args, message) => {
    const { code, stderr } = gradeCommand(...args)
    expect(code).toBe(2)
    expect(stderr).toMatch(message)
  })

  it("a stray file among the submissions is that entry's problem alone", () => {
    const stray = path.join(root, 'stray')
    mkdirSync(stray, { recursive: true })
    writeFileSync(path.join(stray, 'notes.txt'), 'not a submission')
    cpSync(path.join(submissions, STUDENTS.honest), path.join(stray, STUDENTS.honest), {
      recursive: true,
    })
    const { code, stderr } = gradeCommand('stray', '--out', 'stray-out', '--exercises', SLUG)
    expect(code, stderr).toBe(0)
    expect(stderr).toMatch(/notes\.txt is not a folder or a \.zip/)
    const csv = readFileSync(path.join(root, 'stray-out', 'grades.csv'), 'utf8')
    expect(csv).toContain('"notes.txt",0,0')
    expect(csv).toContain(`"${STUDENTS.honest.replaceAll('"', '""')}",10,10`)
  })

  it('an --out folder that holds the submissions is refused (replacing it would delete them)', () => {
    const { code, stderr } = gradeCommand(path.join('holder', 'submissions'), '--out', 'holder')
    expect(code).toBe(2)
    expect(stderr).toMatch(/holds the submissions folder/)
  })
})

describe('stopping the grader', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)(
    '%s kills every sandbox and leaves nothing running',
    async (signal) => {
      const spinning = path.join(root, `spinning-${signal}`)
      for (let student = 0; student < 3; student += 1)
        attack(spinning, `spinner ${student}`, 'export function iter() { for (;;) {} }')
      const child = spawn(
        process.execPath,
        [
          bin,
          spinning,
          '--out',
          path.join(root, `spun-${signal}`),
          '--exercises',
          SLUG,
          '--timeout',
          '60',
          '--course',
          course.root,
        ],
        { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, INIT_CWD: root } },
      )
      // Wait until its sandboxes run: each leads a process group of its own, a child of the grader.
      const leaders = () =>
        processes()
          .filter(({ pid, ppid, pgid }) => ppid === child.pid && pid === pgid)
          .map(({ pid }) => pid)
      await expect.poll(leaders, { timeout: 60_000, interval: 200 }).not.toEqual([])
      const groups = leaders()
      child.kill(signal)
      const [, endedBy] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null]
      expect(endedBy).toBe(signal)
      await expect
        .poll(() => processes().filter(({ pgid }) => groups.includes(pgid)), { timeout: 5000 })
        .toEqual([])
      expect(existsSync(path.join(root, `spun-${signal}`))).toBe(false)
    },
    120_000,
  )
})

describe('hidden tests', () => {
  /** Writes `body` as hidden test `file` in root/`folder`/SLUG and submits the honest student in root/`students`; returns the hidden folder. */
  const withHiddenTest = (folder: string, file: string, body: string, students: string) => {
    const hidden = path.join(root, folder, SLUG)
    mkdirSync(hidden, { recursive: true })
    writeFileSync(
      path.join(hidden, file),
      `import { describe, expect, it } from 'vitest'\nimport { iter } from '../src/index.ts'\n${body}\n`,
    )
    cpSync(path.join(submissions, STUDENTS.honest), path.join(root, students, STUDENTS.honest), {
      recursive: true,
    })
    return hidden
  }

  it('run beside the course tests and count', () => {
    withHiddenTest(
      'hidden',
      'extra.test.ts',
      `describe('hidden', () => { it('iterates a typed array', () => { expect([...{ [Symbol.iterator]: () => iter(new Uint8Array([1, 2])) }]).toEqual([1, 2]) }) })`,
      'one',
    )
    const { code, stderr } = gradeCommand(
      'one',
      '--out',
      'hidden-out',
      '--exercises',
      SLUG,
      '--hidden',
      'hidden',
    )
    expect(code, stderr).toBe(0)
    const result = JSON.parse(
      readFileSync(
        path.join(
          folderOf(path.join(root, 'hidden-out'), STUDENTS.honest),
          'results',
          `${SLUG}.json`,
        ),
        'utf8',
      ),
    )
    // By default a student learns how many hidden tests passed, not which.
    expect(result.tests.at(-1)).toMatchObject({ name: 'hidden test 1 of 1', status: 'pass' })
    const named = gradeCommand(
      'one',
      '--out',
      'hidden-named',
      '--exercises',
      SLUG,
      '--hidden',
      'hidden',
      '--hidden-feedback',
      'names',
    )
    expect(named.code, named.stderr).toBe(0)
    const withNames = JSON.parse(
      readFileSync(
        path.join(
          folderOf(path.join(root, 'hidden-named'), STUDENTS.honest),
          'results',
          `${SLUG}.json`,
        ),
        'utf8',
      ),
    )
    expect(withNames.tests.at(-1)).toMatchObject({
      name: 'hidden › iterates a typed array',
      status: 'pass',
    })
  }, 120_000)

  it('are refused, before anyone is graded, when one is named like a visible test', () => {
    // Graded by name, a twin would take the visible test's result or be reported "did not run".
    const twin = '1.2 returns the iterator [Symbol.iterator]() returned, not a wrapper'
    const hidden = withHiddenTest(
      'hidden-twin',
      'twin.test.ts',
      `describe('1. iter', () => { it(${JSON.stringify(twin)}, () => { const it = [][Symbol.iterator](); expect(iter({ [Symbol.iterator]: () => it })).toBe(it) }) })`,
      'twin',
    )
    const { code, stderr } = gradeCommand(
      'twin',
      '--out',
      'twin-out',
      '--exercises',
      SLUG,
      '--hidden',
      'hidden-twin',
    )
    expect(code).toBe(2)
    expect(stderr).toContain(
      `the hidden test "1. iter › ${twin}" in ${path.join(hidden, 'twin.test.ts')} has the same name as a test in test/`,
    )
    expect(stderr).toContain('rename the hidden one')
    expect(existsSync(path.join(root, 'twin-out'))).toBe(false)
  }, 120_000)
})
