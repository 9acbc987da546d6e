/**
 * Attacks on the gradebook rather than on the grade: names, file names and messages that once
 * deleted everyone's gradebook, put one student's feedback in another's folder, or wrote formulas,
 * terminal escapes and bidi overrides into grades.csv, the feedback and the log. One submission
 * per attack, graded through the command line beside honest students: each attack earns what its
 * real code earns, every other student keeps their grade and their own folder, and every file of
 * the gradebook and every line of the log is safe to open.
 */
import { spawnSync } from 'node:child_process'
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { findExercise } from '@iterlings/course'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import yazl from 'yazl'
import { attack, copyOf, course, exercise, folderOf, SLUG } from './class.ts'

const bin = path.join(import.meta.dirname, '..', 'bin', 'iterlings-grade.js')
const root = mkdtempSync(path.join(tmpdir(), 'iterlings-gradebook-'))
const PIPELINES = findExercise(course, '07-lazy-pipelines')

function gradeCommand(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args, '--course', course.root], {
    cwd: course.root,
    encoding: 'utf8',
    // The grader's own colours (picocolors turns them on where CI is set) are not a student's.
    env: { ...process.env, INIT_CWD: root, NO_COLOR: '1' },
    maxBuffer: 64 * 1024 * 1024,
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** Characters that must never reach a file or a terminal raw: C0 but line breaks and tabs, DEL, C1, bidi controls, lone surrogates (written as U+FFFD). */
const RAW =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufffd]/

/** Every file under `dir`, by path relative to it. */
function filesUnder(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>()
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (entry.isFile())
      files.set(
        path.relative(dir, path.join(entry.parentPath, entry.name)),
        readFileSync(path.join(entry.parentPath, entry.name)),
      )
  return files
}

interface Info {
  students: string[]
  folders: Record<string, string>
}
const infoOf = (out: string) =>
  JSON.parse(readFileSync(path.join(out, 'grading.json'), 'utf8')) as Info
const feedbackOf = (out: string, student: string) =>
  readFileSync(path.join(folderOf(out, student), 'feedback.md'), 'utf8')
/** The total in a student's feedback.md, as the student reads it. */
const totalOf = (out: string, student: string) =>
  Number(/\*\*Total: ([\d.]+) \//.exec(feedbackOf(out, student))?.[1])

/** A submission of exercise 07 only: its code, which emits `message` as an uncaught error and fails to load. */
function pipelinesBomb(submissions: string, student: string, message: string): void {
  const src = path.join(submissions, student, 'exercises', PIPELINES.slug, 'src')
  mkdirSync(src, { recursive: true })
  writeFileSync(
    path.join(src, 'index.ts'),
    `const f = () => {}
export { f as accumulate, f as chain, f as chunk, f as cycle, f as drop, f as dropWhile, f as enumerate, f as filter, f as groupBy, f as map, f as pairwise, f as take, f as takeWhile, f as zip }
${emitAndThrow(message)}`,
  )
}

/** Module code that sends `message` down the harness's own error channel once, then throws at load. */
const emitAndThrow = (message: string) => `
const big = ${message}
if (!(globalThis as any).sent) {
  ;(globalThis as any).sent = true
  try { process.emit('uncaughtException', { toString: () => big } as any) } catch {}
}
throw new Error(big)`

afterAll(() => rmSync(root, { recursive: true, force: true }))

const LONG = 'm'.repeat(252)
/** Ids a spreadsheet could take for a formula, and one that is a neutralised formula already. */
const FORMULAS = [
  '=1+1',
  "'=1+1",
  ' =1+1',
  '＝1+1',
  '\u00a0=1+1',
  ';=1+1',
  '|=1+1',
  '\n=1+1',
  '\t=1+1',
  '\r=1+1',
  '+1',
  '-1',
  '@SUM(A1)',
  '\u3000@SUM(A1)',
  '＋1',
]
const BIDI = 'mallory\u202e01 lla dessap\u202c'
const C1 = 'x\u009b2J\u009b31mGRADED 10 of 10\u009b0m'
const LATIN1 = Buffer.from([0x5a, 0x6f, 0xeb]) // "Zoë" in Latin-1, as a Windows zip may leave it
/** The id the grader gives that entry: the byte that is not UTF-8 kept as a lone surrogate. */
const LATIN1_ID = 'Zo\udceb'
/** "Zoë" in Latin-1 with another accent, as a zip's name. */
const LATIN1_ZIP = Buffer.from([0x5a, 0x6f, 0xe8])

describe('one student cannot cost the class its gradebook', () => {
  const submissions = path.join(root, 'class')
  const out = path.join(root, 'class-out')
  let run: ReturnType<typeof gradeCommand>

  beforeAll(async () => {
    copyOf(submissions, 'honest', 'solution')
    cpSync(
      path.join(PIPELINES.dir, 'solution'),
      path.join(submissions, 'honest', 'exercises', PIPELINES.slug, 'src'),
      { recursive: true },
    )
    // I: a 4.2M-character "compile" message, copied into each of 07's tests.
    pipelinesBomb(submissions, 'compile message bomb', `'x'.repeat(4_200_000)`)
    // I: 400k runs of backticks in one message, once one argument each to Math.max.
    attack(
      submissions,
      'compile backtick spread',
      `export class StopIteration extends Error {}\n${emitAndThrow("'` '.repeat(400_000)")}`,
      'empty',
    )
    // J: an entry whose name is not UTF-8, and a file in src/ whose name is not.
    copyOf(submissions, 'latin-1 name', 'solution')
    renameSync(
      path.join(submissions, 'latin-1 name'),
      Buffer.concat([Buffer.from(`${submissions}/`), LATIN1]),
    )
    const archive = new yazl.ZipFile()
    archive.addBuffer(
      readFileSync(path.join(exercise.dir, 'solution', 'index.ts')),
      `exercises/${SLUG}/src/index.ts`,
    )
    archive.end()
    const chunks: Buffer[] = []
    for await (const chunk of archive.outputStream) chunks.push(chunk as Buffer)
    writeFileSync(
      Buffer.concat([Buffer.from(`${submissions}/`), LATIN1_ZIP, Buffer.from('.zip')]),
      Buffer.concat(chunks),
    )
    const withNotes = copyOf(submissions, 'latin-1 file in src', 'solution')
    writeFileSync(
      Buffer.concat([Buffer.from(`${withNotes}/notes-`), Buffer.from([0xff]), Buffer.from('.ts')]),
      'export const notes = 1\n',
    )
    // L: two 252-byte names that differ only in case.
    copyOf(submissions, LONG, 'solution')
    copyOf(submissions, LONG.toUpperCase(), 'src')
    // The text findings: ids that are formulas, bidi overrides, C1 controls; a message with both.
    for (const id of FORMULAS)
      mkdirSync(path.join(submissions, id, 'exercises'), { recursive: true })
    attack(
      submissions,
      BIDI,
      `export function iter() { throw new Error(${JSON.stringify(`${BIDI} \u009b2J\u001b]0;owned\u0007 \u2067x\u2069`)}) }`,
    )
    mkdirSync(path.join(submissions, C1, 'exercises'), { recursive: true })

    run = gradeCommand(
      'class',
      '--out',
      'class-out',
      '--exercises',
      `${SLUG},${PIPELINES.slug}`,
      '--format',
      'gradescope,classroom',
      '--jobs',
      '2',
    )
  }, 480_000)

  it('the run ends normally and writes the gradebook', () => {
    expect(run.code, run.stderr.slice(0, 2000)).toBe(0)
    expect(infoOf(out).students).toHaveLength(10 + FORMULAS.length)
  })

  it('the honest student earns every point', () => {
    expect(totalOf(out, 'honest')).toBe(exercise.points + PIPELINES.points)
  })

  it('I: a message bomb earns nothing and every file it reaches stays small', () => {
    for (const bomber of ['compile message bomb', 'compile backtick spread']) {
      expect(totalOf(out, bomber)).toBe(0)
      for (const [file, content] of filesUnder(folderOf(out, bomber))) {
        expect(content.length, `${bomber}/${file}`).toBeLessThan(1024 * 1024)
        // Base64 in one environment string, which Linux caps at 128 KiB.
        if (file.startsWith('classroom/')) expect(content.length).toBeLessThan(64 * 1024)
      }
    }
    // Whether the sandbox lets the bomb through is its business; the grader's own bound, for
    // whatever gets through, is text.test.ts's.
  })

  it('J: an entry name that is not UTF-8 is graded as that student, its bytes shown escaped', () => {
    expect(infoOf(out).students).toContain(LATIN1_ID)
    expect(totalOf(out, LATIN1_ID)).toBe(exercise.points)
    expect(totalOf(out, 'Zo\udce8')).toBe(exercise.points)
    expect(feedbackOf(out, LATIN1_ID)).toContain('feedback for Zo\\\\xEB')
    expect(readFileSync(path.join(out, 'grades.csv'), 'utf8')).toContain('"Zo\\xEB",10,0,10')
  })

  it('J: a file name in src/ that is not UTF-8 costs nothing (no import can name it)', () => {
    expect(totalOf(out, 'latin-1 file in src')).toBe(exercise.points)
  })

  it('L: two long names that differ only in case get two folders, each with its own grade', () => {
    const upper = LONG.toUpperCase()
    expect(totalOf(out, LONG)).toBe(exercise.points)
    expect(totalOf(out, upper)).toBe(0)
    expect(folderOf(out, LONG).toLowerCase()).not.toBe(folderOf(out, upper).toLowerCase())
    expect(feedbackOf(out, upper)).toContain(`feedback for ${upper}`)
    for (const name of readdirSync(out)) expect(Buffer.byteLength(name)).toBeLessThanOrEqual(255)
  })

  it('no id is a formula in grades.csv (OWASP), every text cell is quoted, and no two ids look alike', () => {
    const lines = readFileSync(path.join(out, 'grades.csv'), 'utf8').trimEnd().split(/\r?\n/)
    for (const line of lines) expect(line.startsWith('"'), line).toBe(true)
    const cells = lines
      .slice(1)
      .map((line) => (/^"((?:[^"]|"")*)"/.exec(line)?.[1] ?? '').replaceAll('""', '"'))
    expect(new Set(cells).size).toBe(cells.length)
    for (const cell of cells)
      expect(cell.trimStart().normalize('NFKC'), cell).not.toMatch(/^[=+\-@\t\r\n]/)
    expect(cells).toContain("'=1+1")
    expect(cells).toContain("''=1+1")
    expect(cells).toContain('\\u000A=1+1')
    expect(cells).toContain("'＝1+1")
    // A no-break space looks like a space: shown escaped, the two ids cannot be taken for each other.
    expect(cells).toContain("' =1+1")
    expect(cells).toContain('\\u00A0=1+1')
  })

  it('no file name, no file of the gradebook and no line of the log holds a control, a C1 control or a bidi override', () => {
    for (const [file, content] of filesUnder(out)) {
      expect(file, file).not.toMatch(RAW)
      expect(content.toString('utf8'), file).not.toMatch(RAW)
      expect(content.toString('utf8'), file).not.toContain('\r')
    }
    expect(run.stdout + run.stderr).not.toMatch(RAW)
    expect(run.stderr).toContain('mallory\\u202E01 lla dessap\\u202C')
    expect(run.stderr).toContain('x\\u009B2J\\u009B31mGRADED 10 of 10\\u009B0m')
  })

  it("a message's controls are shown as escapes to the student", () => {
    // Without Markdown's escapes, as the student reads it.
    const feedback = feedbackOf(out, BIDI).replace(/\\(.)/g, '$1')
    expect(feedback).toContain('\\u009B2J\\u001B]0;owned\\u0007 \\u2067x\\u2069')
    expect(feedback).toContain('feedback for mallory\\u202E01 lla dessap\\u202C')
  })

  it('every student has a folder of their own, and grading.json names whose it is', () => {
    const { students, folders } = infoOf(out)
    const taken = students.map((student) => (folders[student] ?? student).toLowerCase())
    expect(new Set(taken).size).toBe(students.length)
    for (const student of students)
      expect(feedbackOf(out, student).split('\n')[0]).toContain('feedback for')
  })
})

describe('K: merging shards puts each student in their own folder', () => {
  const submissions = path.join(root, 'shards')
  // Sorted, the shards are ["'=1+1", ALICE, alice] and [=1+1, Bfill, "alice (2)"]: in the first,
  // alice's folder is "alice (2)" (ALICE has "alice"), which the second has for another student.
  const HONEST = ['alice', 'Bfill', '=1+1']
  const EMPTY = ['ALICE', 'alice (2)', "'=1+1"]

  beforeAll(() => {
    for (const student of HONEST) copyOf(submissions, student, 'solution')
    for (const student of EMPTY)
      mkdirSync(path.join(submissions, student, 'exercises'), { recursive: true })
    for (const [out, shard] of [
      ['part-1', '1/2'],
      ['part-2', '2/2'],
    ] as const) {
      const { code, stderr } = gradeCommand(
        'shards',
        '--out',
        out,
        '--exercises',
        SLUG,
        '--shard',
        shard,
        '--format',
        'gradescope',
      )
      expect(code, stderr).toBe(0)
    }
    const whole = gradeCommand(
      'shards',
      '--out',
      'whole',
      '--exercises',
      SLUG,
      '--format',
      'gradescope',
    )
    expect(whole.code, whole.stderr).toBe(0)
  }, 480_000)

  it('the merge succeeds and every student reads their own feedback and grade', () => {
    const merged = gradeCommand('merge', 'part-1', 'part-2', '--out', 'merged')
    expect(merged.code, merged.stderr).toBe(0)
    const out = path.join(root, 'merged')
    for (const student of [...HONEST, ...EMPTY]) {
      expect(feedbackOf(out, student).split('\n')[0]).toMatch(
        new RegExp(`feedback for ${student.replace(/[()+=]/g, '\\$&')}$`),
      )
      expect(totalOf(out, student), student).toBe(HONEST.includes(student) ? exercise.points : 0)
      const gradescope = JSON.parse(
        readFileSync(path.join(folderOf(out, student), 'results.json'), 'utf8'),
      )
      expect(gradescope.score, student).toBe(HONEST.includes(student) ? exercise.points : 0)
    }
  })

  it('and gives the same gradebook as one run of the whole class', () => {
    const merged = path.join(root, 'merged')
    const whole = path.join(root, 'whole')
    expect(readFileSync(path.join(merged, 'grades.csv'), 'utf8')).toBe(
      readFileSync(path.join(whole, 'grades.csv'), 'utf8'),
    )
    expect(infoOf(merged)).toEqual(infoOf(whole))
    expect(readdirSync(merged).sort()).toEqual(readdirSync(whole).sort())
  })
})
