/**
 * Collect against local bare repositories standing in for a class on GitHub (test/repos.ts tells
 * each student's story), with GitHub's listing and push record faked behind its interface.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { collect, type Collection } from '../src/collect.ts'
import { commitAtDeadline, parseDeadline } from '../src/deadline.ts'
import { readCollected, type Collected } from '../src/record.ts'
import { DEADLINE, fakeGitHub, makeClass, ORG, PREFIX, SLUG, SOLUTION } from './repos.ts'

const root = mkdtempSync(path.join(tmpdir(), 'iterlings-collect-test-'))
const klass = makeClass(path.join(root, 'class'))
const out = path.join(root, 'collected')
const deadline = parseDeadline(DEADLINE)
let collection: Collection

const options = { github: fakeGitHub(klass), org: ORG, prefix: PREFIX, deadline }
beforeAll(async () => {
  collection = await collect({ ...options, outDir: out, roster: klass.roster })
})

const rowOf = (student: string) =>
  collection.rows.find((row) => row.student === student) as Collected
const sourceOf = (student: string) =>
  readFileSync(path.join(out, 'submissions', student, 'exercises', SLUG, 'src', 'index.ts'), 'utf8')

describe('the commit at the deadline', () => {
  it('is the one the branch pointed at when the deadline passed, by push time, whatever its date says', () => {
    // alice's laptop clock runs days ahead: her commit says 4 March, GitHub got it on 20 February.
    expect(rowOf('alice')).toEqual({
      student: 'alice',
      repository: `${ORG}/${PREFIX}-alice`,
      commit: klass.commits.alice,
      late: '0',
      note: '',
    })
    expect(sourceOf('alice')).toBe(SOLUTION)
  })

  it('leaves out the commits pushed after the deadline, and counts them in late', () => {
    expect(rowOf('bob')).toMatchObject({ commit: klass.commits.bob, late: '2', note: '' })
    expect(sourceOf('bob')).toBe(SOLUTION)
  })

  it('survives a history rewritten after the deadline: the commit pushed in time is graded, and the row says so', () => {
    // dave force-pushed the starter back after the deadline, in a commit dated before it.
    const dave = rowOf('dave')
    expect(dave).toMatchObject({ commit: klass.commits.dave, late: '1' })
    expect(dave.note).toBe(
      'history rewritten after the deadline (force push): graded the commit on the branch at the deadline',
    )
    expect(sourceOf('dave')).toBe(SOLUTION)
  })

  it('is not graded when the commit pushed in time is gone from the repository, and the row says which', () => {
    expect(rowOf('ivan')).toEqual({
      student: 'ivan',
      repository: `${ORG}/${PREFIX}-ivan`,
      commit: '',
      late: '2',
      note: `the commit on main at the deadline, ${klass.commits.ivan}, is gone from the repository: not graded`,
    })
    expect(readdirSync(path.join(out, 'submissions', 'ivan'))).toEqual([])
  })

  it('falls back on commit dates where GitHub has no push record, and says so', () => {
    expect(rowOf('grace')).toEqual({
      student: 'grace',
      repository: `${ORG}/${PREFIX}-grace`,
      commit: klass.commits.grace,
      late: '1',
      note: "no push record (HTTP 404: Not Found): taken by commit date, which the student's clock sets",
    })
    expect(sourceOf('grace')).toBe(SOLUTION)
  })

  it('is none when the first push came after the deadline; every commit is late', () => {
    expect(rowOf('heidi')).toMatchObject({
      commit: '',
      late: '1',
      note: 'nothing pushed by the deadline',
    })
  })

  it('counts a push received exactly at the deadline, and nothing of a branch deleted by then', () => {
    const at = (after: string, timestamp: string) => ({ after, timestamp })
    expect(commitAtDeadline([at('b', DEADLINE), at('a', '2026-02-01T00:00:00Z')], deadline)).toBe(
      'b',
    )
    expect(
      commitAtDeadline(
        [at('b', '2026-03-02T00:00:00Z'), at('a', '2026-02-01T00:00:00Z')],
        deadline,
      ),
    ).toBe('a')
    expect(
      commitAtDeadline(
        [at('0'.repeat(40), '2026-02-02T00:00:00Z'), at('a', '2026-02-01T00:00:00Z')],
        deadline,
      ),
    ).toBeUndefined()
  })
})

describe('students with nothing to grade still get a row that says why, and the run goes on', () => {
  it.each([
    ['carol', `${ORG}/${PREFIX}-carol`, 'empty repository: nothing was ever pushed'],
    ['erin', '', `no repository ${ORG}/${PREFIX}-erin: the assignment was not accepted`],
  ])('%s', (student, repository, note) => {
    expect(rowOf(student)).toEqual({ student, repository, commit: '', late: '', note })
    expect(readdirSync(path.join(out, 'submissions', student))).toEqual([])
  })

  it('frank, whose repository cannot be cloned', () => {
    const frank = rowOf('frank')
    expect(frank).toMatchObject({ commit: '', late: '' })
    expect(frank.note).toMatch(/^clone failed: .*gone\.git/)
    expect(readdirSync(path.join(out, 'submissions', 'frank'))).toEqual([])
  })
})

describe('the collection', () => {
  it('has one row per student of the roster, sorted as the grader sorts, and names who was left out', () => {
    expect(collection.rows.map((row) => row.student)).toEqual([...klass.roster].sort())
    expect(collection.notOnRoster).toEqual([`${PREFIX}-mallory`])
  })

  it('is written to collected.csv, the record the gradebook columns come from', () => {
    expect(readCollected(path.join(out, 'collected.csv'))).toEqual(collection.rows)
  })

  it("holds only each student's exercises/, as plain files without git", () => {
    const alice = path.join(out, 'submissions', 'alice')
    expect(readdirSync(alice)).toEqual(['exercises'])
    expect(readdirSync(path.join(out, 'submissions')).sort()).toEqual([...klass.roster].sort())
  })

  it('without a roster, takes every repository named <prefix>-<username>', async () => {
    // Names that are no username could not be folders either: `iterlings-..` is left alone.
    const listed = [...klass.repositories, { name: `${PREFIX}-..`, url: 'file:///nowhere' }]
    const github = fakeGitHub({ ...klass, repositories: listed })
    const { rows, notOnRoster } = await collect({
      ...options,
      github,
      outDir: path.join(root, 'all'),
    })
    expect(rows.map((row) => row.student)).toEqual([
      'alice',
      'bob',
      'carol',
      'dave',
      'frank',
      'grace',
      'heidi',
      'ivan',
      'mallory',
    ])
    expect(notOnRoster).toEqual([])
  })
})

describe('bad input is refused, clearly, and loses nothing', () => {
  it('an organisation gh cannot list', async () => {
    await expect(
      collect({ ...options, org: 'nobody', outDir: path.join(root, 'x') }),
    ).rejects.toThrow(
      "could not list the repositories of nobody: Could not resolve to an Organization with the login of 'nobody'.",
    )
  })

  it('a prefix no repository has', async () => {
    await expect(
      collect({ ...options, prefix: 'nope', outDir: path.join(root, 'x') }),
    ).rejects.toThrow(`no repository of ${ORG} is named nope-<username>; check --prefix`)
  })

  it('an --out folder that holds something else', async () => {
    const other = path.join(root, 'thesis')
    mkdirSync(other)
    writeFileSync(path.join(other, 'chapter-1.md'), 'precious')
    await expect(collect({ ...options, outDir: other })).rejects.toThrow(
      `${other} exists and is not a collection; pick an empty or new folder`,
    )
    expect(readFileSync(path.join(other, 'chapter-1.md'), 'utf8')).toBe('precious')
  })

  it('a roster entry that is no username', async () => {
    await expect(
      collect({ ...options, roster: ['alice', '../etc'], outDir: path.join(root, 'x') }),
    ).rejects.toThrow('the roster has "../etc", which is not a GitHub username')
  })

  it('a deadline without its time zone', () => {
    expect(() => parseDeadline('2026-03-01T23:59')).toThrow(
      '--deadline 2026-03-01T23:59: expected an ISO time with its zone',
    )
    expect(parseDeadline('2026-03-02T00:59:00+01:00')).toBe(deadline)
  })

  it('leaves no half collection behind', () => {
    expect(readdirSync(root).filter((name) => name.startsWith('.'))).toEqual([])
    expect(existsSync(path.join(root, 'x'))).toBe(false)
  })
})
