/** The command line's refusals, the roster's formats and the gradebook columns' checks. */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { annotateGradebook, readCollected, writeCollected, type Collected } from '../src/record.ts'
import { readRoster } from '../src/roster.ts'

const root = mkdtempSync(path.join(tmpdir(), 'iterlings-classroom-cli-'))
const bin = path.join(import.meta.dirname, '..', 'bin', 'iterlings-classroom.js')
const classroom = (...args: string[]) => {
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, INIT_CWD: root },
  })
  return { code: result.status, stderr: result.stderr }
}

const row = (student: string, fields: Partial<Collected> = {}): Collected => ({
  student,
  repository: `org/a-${student}`,
  commit: 'c0ffee',
  late: '0',
  note: '',
  ...fields,
})

describe('the command line refuses, saying what to do', () => {
  it.each([
    [['collect', '--org', 'o', '--prefix', 'p', '--out', 'x'], 'collect needs --deadline'],
    [
      ['collect', '--org', 'o', '--prefix', 'p', '--out', 'x', '--deadline', '2026-03-01 23:59'],
      '--deadline 2026-03-01 23:59: expected an ISO time with its zone',
    ],
    [
      [
        'collect',
        '--org',
        'o',
        '--prefix',
        'p',
        '--out',
        'x',
        '--deadline',
        '2026-03-01T23:59Z',
        '--jobs',
        '0',
      ],
      '--jobs 0: expected a whole number, 1 or more',
    ],
    [['grade', '--out', 'grades'], 'grade needs the collection folder first'],
    [
      ['grade', 'nowhere', '--out', 'grades'],
      `${path.join(root, 'nowhere')}: not a collection (no collected.csv)`,
    ],
    [
      ['grade', 'c', '--out', 'g', '--shard', '1/2'],
      'grade the parts with iterlings-grade --shard',
    ],
    [
      ['merge', 'c', '--out', 'g'],
      'merge needs the collection folder, then the gradebook of each part',
    ],
    [['regrade'], 'regrade: unknown command; use collect, grade or merge'],
  ])('%j', (args, message) => {
    const { code, stderr } = classroom(...args)
    expect(code).toBe(2)
    expect(stderr).toContain(message)
  })
})

describe('the roster', () => {
  it("is GitHub Classroom's export, by its github_username column; unlinked entries are counted", () => {
    const file = path.join(root, 'classroom_roster.csv')
    writeFileSync(
      file,
      '\uFEFF"identifier","github_username","github_id","name"\n"s1","alice","1","Alice"\n"s2","","",""\n"s3","Bob","3","Bob"\n',
    )
    expect(readRoster(file)).toEqual({ usernames: ['alice', 'Bob'], unlinked: 1 })
  })

  it('or one username a line', () => {
    const file = path.join(root, 'roster.txt')
    writeFileSync(file, 'alice\n\nbob\n')
    expect(readRoster(file)).toEqual({ usernames: ['alice', 'bob'], unlinked: 0 })
  })
})

describe('the gradebook columns', () => {
  const gradebook = (name: string, csv: string) => {
    const dir = path.join(root, name)
    mkdirSync(dir)
    writeFileSync(path.join(dir, 'grades.csv'), csv)
    return dir
  }

  it('come after the grader’s own, for every student', () => {
    const dir = gradebook('plain', 'student,01,total\nalice,10,10\nbob,0,0\n')
    annotateGradebook(dir, [
      row('alice'),
      row('bob', { commit: '', late: '', note: 'empty repository' }),
    ])
    expect(readFileSync(path.join(dir, 'grades.csv'), 'utf8')).toBe(
      'student,01,total,commit,late,note\nalice,10,10,c0ffee,0,\nbob,0,0,,,empty repository\n',
    )
  })

  it('are refused for a student the collection does not have', () => {
    const dir = gradebook('stranger', 'student,01,total\nalice,10,10\nzed,0,0\n')
    expect(() => annotateGradebook(dir, [row('alice')])).toThrow('student "zed" of')
  })

  it('are added once', () => {
    const dir = gradebook('twice', 'student,01,total,commit,late,note\nalice,10,10,c0ffee,0,\n')
    expect(() => annotateGradebook(dir, [row('alice')])).toThrow(
      'already has the columns commit, late, note',
    )
  })

  it('come from collected.csv, whatever a note holds', () => {
    const dir = gradebook('quoted', 'student,01,total\nalice,10,10\n')
    const file = path.join(root, 'collected.csv')
    writeCollected(file, [row('alice', { note: 'clone failed: "x", then, y' })])
    expect(readFileSync(file, 'utf8')).toContain('"clone failed: ""x"", then, y"')
    annotateGradebook(dir, readCollected(file))
    expect(readFileSync(path.join(dir, 'grades.csv'), 'utf8')).toContain(
      '"clone failed: ""x"", then, y"',
    )
  })
})
