/**
 * The module every format uses for students' text, on its own: what each function promises, and
 * the gradebook written from grades whose text no sandbox bounded (a student who forges their
 * records can send anything), without grading anyone.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { Gradebook, StudentGrade } from '../src/grade.ts'
import { writeGradebook } from '../src/output.ts'
import type { TestOutcome } from '@iterlings/run'
import { errorGrade, gradeRun, type ExerciseGrade, type ExerciseInfo } from '../src/score.ts'
import type { ExerciseRun } from '../src/sandbox/process.ts'
import {
  cleanText,
  csvText,
  decodeName,
  encodeName,
  fileName,
  jsonText,
  shownId,
  TEXT_LIMIT,
} from '../src/formats/text.ts'

const root = mkdtempSync(path.join(tmpdir(), 'iterlings-text-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('names that are not UTF-8', () => {
  it.each([
    ['Latin-1', [0x5a, 0x6f, 0xeb]],
    ['a lone continuation byte', [0x61, 0x80]],
    ['an overlong slash', [0xc0, 0xaf]],
    ['a surrogate in UTF-8', [0xed, 0xa0, 0x80]],
    ['past U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['a cut sequence', [0xe2, 0x82]],
    ['valid UTF-8', [...Buffer.from('Zoë 🎉')]],
  ])('%s: decoded and encoded back to the same bytes', (_, bytes) => {
    const name = Buffer.from(bytes)
    expect(encodeName(decodeName(name)).equals(name)).toBe(true)
  })

  it('two names never decode alike, and valid UTF-8 decodes as itself', () => {
    expect(decodeName(Buffer.from([0x5a, 0x6f, 0xeb]))).not.toBe(
      decodeName(Buffer.from([0x5a, 0x6f, 0xec])),
    )
    expect(decodeName(Buffer.from('Zoë 🎉'))).toBe('Zoë 🎉')
    expect(shownId(decodeName(Buffer.from([0x5a, 0x6f, 0xeb])))).toBe('Zo\\xEB')
  })
})

describe('shownId', () => {
  it('escapes controls, C1 controls, bidi and invisible format characters', () => {
    expect(shownId('a\nb\u009b2J\u202ec\u200bd\u2028')).toBe(
      'a\\u000Ab\\u009B2J\\u202Ec\\u200Bd\\u2028',
    )
  })

  it('shows a no-break or an ideographic space apart from a space, and a zero-width joiner', () => {
    expect(shownId(' a\u00a0b\u3000c\u200dd')).toBe(' a\\u00A0b\\u3000c\\u200Dd')
  })

  it('is one to one: a backslash is doubled, so an escape cannot be faked', () => {
    expect(shownId('a\\u202E')).not.toBe(shownId('a\u202e'))
  })
})

describe('csvText (OWASP)', () => {
  it.each([
    '=1+1',
    '+1',
    '-1',
    '@SUM(A1)',
    ' =1+1',
    '\u00a0=1+1',
    '＝1+1',
    '＋1',
    '﹦1',
    '\u3000@x',
  ])('%j becomes text', (cell) => expect(csvText(cell)).toBe(`'${cell}`))

  it('keeps a leading apostrophe apart from the one it adds', () => {
    expect(csvText("'=1+1")).toBe("''=1+1")
    expect(csvText("'=1+1")).not.toBe(csvText('=1+1'))
  })

  it('leaves plain ids alone', () => {
    expect(csvText('Zoë "Zed" O\'Neil')).toBe('Zoë "Zed" O\'Neil')
  })
})

describe('fileName', () => {
  it('is a name Windows, macOS and Linux all take', () => {
    expect(fileName('a/b\\c:d*e?f"g<h>i|j')).toBe('a_b_c_d_e_f_g_h_i_j')
    expect(fileName('con')).toBe('_con')
    expect(fileName('LPT1.txt')).toBe('_LPT1.txt')
    expect(fileName('dots...')).toBe('dots___')
    expect(fileName('..')).toBe('__')
    expect(fileName('x\u202ey')).toBe('x_u202Ey')
  })

  it('is at most 200 bytes, cut between characters', () => {
    const name = fileName('é'.repeat(300))
    expect(Buffer.byteLength(name)).toBe(200)
    expect(name).toBe('é'.repeat(100))
  })
})

describe('cleanText', () => {
  it('keeps line breaks and tabs, makes a bare \\r a line break, escapes the rest', () => {
    expect(cleanText('a\r\nb\rc\td\u001b[2J\u009b31m\u202e')).toBe(
      'a\nb\nc\td\\u001B[2J\\u009B31m\\u202E',
    )
  })

  it('keeps the zero-width joiners of an emoji (a course message may show one)', () => {
    expect(cleanText('👨\u200d👩\u200d👧')).toBe('👨\u200d👩\u200d👧')
  })

  it('cuts at the limit and says so', () => {
    const text = cleanText('x'.repeat(10_000_000))
    expect(text.length).toBeLessThan(TEXT_LIMIT + 100)
    expect(text).toMatch(/\(cut: 10000000 characters in all\)$/)
    expect(cleanText('\u202e'.repeat(TEXT_LIMIT)).length).toBe(TEXT_LIMIT)
  })
})

describe('jsonText', () => {
  it('reads back as the same value, with no hidden character raw', () => {
    const value = { id: 'x\u202e\u009b\udceb\u{e0001}\n"' }
    const text = jsonText(value, 2)
    expect(JSON.parse(text)).toEqual(value)
    expect(text).not.toMatch(/[\u0080-\u009f\u202e]/)
  })
})

describe('the gradebook, from records no sandbox bounded', () => {
  const BOMB = `${'`` '.repeat(400_000)}\n${'x'.repeat(4_200_000)}`
  const info: ExerciseInfo = {
    slug: '07-lazy-pipelines',
    title: 'Lazy pipelines',
    points: 15,
    plan: Array.from({ length: 139 }, (_, index) => ({
      name: `${index}. task › ${index}.1 test`,
      skip: false,
      file: 'test/a.test.ts',
      code: '() => {}',
    })),
  }
  const run = (run: Partial<ExerciseRun>): ExerciseRun => ({
    results: new Map(),
    errors: [],
    stops: new Map(),
    ...run,
  })
  const student = (id: string, grade: ExerciseGrade): StudentGrade => ({
    student: id,
    exercises: [grade],
    total: grade.earned,
  })
  const book = (students: StudentGrade[]): Gradebook => ({
    exercises: [info],
    students,
    isolation: 'none',
  })

  it('a message of millions of characters and backtick runs is written, bounded, in every format', () => {
    const out = path.join(root, 'bomb')
    const failed = new Map(
      info.plan.map((test) => [
        test.name,
        {
          name: test.name,
          status: 'failed',
          message: BOMB,
          output: BOMB,
          rules: [],
        } as TestOutcome,
      ]),
    )
    const warnings = writeGradebook(
      out,
      book([
        student('compile bomb', gradeRun(info, run({ errors: [{ message: BOMB }] }))),
        student('test bomb', gradeRun(info, run({ plan: info.plan, results: failed }))),
        student('honest', errorGrade(info, 'oops')),
      ]),
      'iterlings',
      ['gradescope', 'classroom'],
    )
    expect(warnings).toEqual([])
    for (const file of readdirSync(out, { recursive: true, encoding: 'utf8' }))
      if (file.includes('.'))
        expect(readFileSync(path.join(out, file)).length, file).toBeLessThan(4 * 1024 * 1024)
    // Cut once, with the length of the whole message.
    const cut = /\(cut: (\d+) characters in all\)/g
    const feedback = readFileSync(path.join(out, 'compile bomb', 'feedback.md'), 'utf8')
    expect([...feedback.matchAll(cut)].map((match) => Number(match[1]))).toEqual([
      BOMB.length + 'your code does not compile:\n'.length,
    ])
    const exercism = JSON.parse(
      readFileSync(path.join(out, 'compile bomb', 'results', `${info.slug}.json`), 'utf8'),
    ) as { tests: Array<{ message: string }> }
    expect(exercism.tests[0]?.message.match(cut)).toHaveLength(1)
    expect(readFileSync(path.join(out, 'honest', 'feedback.md'), 'utf8')).toContain('oops')
  })

  it("should one student's files fail to be made, the others are written and the failure is named", () => {
    const out = path.join(root, 'broken')
    const grade = errorGrade(info, 'x')
    Object.defineProperty(grade, 'tests', {
      get: () => {
        throw new Error('a grader bug')
      },
    })
    const warnings = writeGradebook(
      out,
      book([student('broken', grade), student('honest', errorGrade(info, 'oops'))]),
      'iterlings',
      [],
    )
    expect(warnings).toEqual([expect.stringMatching(/^broken: .*a grader bug/)])
    expect(readFileSync(path.join(out, 'broken', 'feedback.md'), 'utf8')).toMatch(/a grader bug/)
    expect(readFileSync(path.join(out, 'honest', 'feedback.md'), 'utf8')).toContain('oops')
    expect(readFileSync(path.join(out, 'grades.csv'), 'utf8')).toContain('"broken",0,0')
  })
})
