/**
 * A class of student repositories without GitHub: local bare repositories served over file://
 * (with the partial-clone and fetch-by-id settings GitHub has), each push recorded with the time
 * it "reached GitHub", as the repository activity API would list it.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { findCourseRoot, findExercise, loadCourse } from '@iterlings/course'
import type { BranchChange, GitHub, Repository } from '../src/github.ts'

export const course = loadCourse(findCourseRoot(import.meta.dirname))
export const SLUG = '01-iterables-and-iterators'
const exercise = findExercise(course, SLUG)
export const POINTS = exercise.points
const SOURCE = `exercises/${SLUG}/src/index.ts`
export const STARTER = readFileSync(path.join(exercise.dir, 'src', 'index.ts'), 'utf8')
export const SOLUTION = readFileSync(path.join(exercise.dir, 'solution', 'index.ts'), 'utf8')

export const ORG = 'course-org'
export const PREFIX = 'iterlings'
export const DEADLINE = '2026-03-01T23:59:00Z'

const git = (cwd: string, args: string[], env: Record<string, string> = {}) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...env } }).trim()

export class StudentRepository {
  readonly bare: string
  readonly work: string
  /** What GitHub would list for the default branch, newest first. */
  readonly changes: BranchChange[] = []

  constructor(
    root: string,
    readonly name: string,
  ) {
    this.bare = path.join(root, 'github', `${name}.git`)
    this.work = path.join(root, 'laptops', name)
    mkdirSync(this.bare, { recursive: true })
    git(this.bare, ['init', '--quiet', '--bare', '--initial-branch=main'])
    git(this.bare, ['config', 'uploadpack.allowFilter', 'true'])
    git(this.bare, ['config', 'uploadpack.allowAnySHA1InWant', 'true'])
    mkdirSync(this.work, { recursive: true })
    git(this.work, ['init', '--quiet', '--initial-branch=main'])
  }

  get url(): string {
    return `file://${this.bare}`
  }

  get repository(): Repository {
    return { name: this.name, url: this.url }
  }

  /**
   * Commits `files` (path in the repository → text), and a file outside exercises/, dated by the
   * student's clock. A string is the source of exercise 01.
   */
  commit(files: string | Record<string, string>, date: string, message = 'work'): string {
    const all = typeof files === 'string' ? { [SOURCE]: files } : files
    for (const [file, text] of Object.entries({
      ...all,
      'docs/notes.md': `${this.name}: ${message}\n`,
    })) {
      mkdirSync(path.dirname(path.join(this.work, file)), { recursive: true })
      writeFileSync(path.join(this.work, file), text)
    }
    git(this.work, ['add', '--all'])
    const who = { GIT_AUTHOR_NAME: 'student', GIT_AUTHOR_EMAIL: 'student@example.com' }
    const env = {
      ...who,
      GIT_COMMITTER_NAME: 'student',
      GIT_COMMITTER_EMAIL: 'student@example.com',
    }
    git(this.work, ['commit', '--quiet', '--allow-empty', '-m', message], {
      ...env,
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
    })
    return this.head()
  }

  /** Drops the last `count` commits from the laptop's branch (before a force push). */
  rewind(count: number): void {
    git(this.work, ['reset', '--quiet', '--hard', `HEAD~${count}`])
  }

  /** Pushes the branch as it is, and records when GitHub received it. */
  push(at: string, { force = false } = {}): void {
    git(this.work, ['push', '--quiet', ...(force ? ['--force'] : []), this.bare, 'main'])
    this.changes.unshift({ after: this.head(), timestamp: at })
  }

  head(): string {
    return git(this.work, ['rev-parse', 'HEAD'])
  }
}

/**
 * The class every suite grades, one story per student:
 *   alice  pushed the solution in time, from a laptop whose clock runs days ahead
 *   bob    pushed the solution in time, then two commits (breaking it) after the deadline
 *   carol  accepted the assignment and never pushed: an empty repository
 *   dave   pushed the solution in time, then rewrote his history after the deadline and
 *          force-pushed the starter back, dated before the deadline
 *   erin   is on the roster, never accepted: no repository
 *   frank  has a repository that cannot be cloned
 *   grace  has no push record on GitHub: her commits' dates decide
 *   heidi  accepted late: her first push came after the deadline
 *   ivan   rewrote his history as dave did, and the commit he pushed in time was since pruned
 * mallory's repository is named after the assignment but she is not on the roster; other-zoe
 * belongs to another assignment.
 */
export function makeClass(root: string) {
  rmSync(root, { recursive: true, force: true })
  const repo = (user: string) => new StudentRepository(root, `${PREFIX}-${user}`)
  const commits: Record<string, string> = {}

  const alice = repo('alice')
  alice.commit(STARTER, '2026-02-01T10:00:00Z', 'starter')
  alice.push('2026-02-01T10:00:05Z')
  commits.alice = alice.commit(SOLUTION, '2026-03-04T09:00:00Z', 'solved')
  alice.push('2026-02-20T09:00:00Z')

  const bob = repo('bob')
  bob.commit(STARTER, '2026-02-01T10:00:00Z', 'starter')
  commits.bob = bob.commit(SOLUTION, '2026-02-28T18:00:00Z', 'solved')
  bob.push('2026-02-28T18:00:10Z')
  bob.commit(STARTER, '2026-03-02T08:00:00Z', 'oops')
  bob.commit(STARTER, '2026-03-02T08:30:00Z', 'oops again')
  bob.push('2026-03-02T08:30:10Z')

  const carol = repo('carol')

  const dave = repo('dave')
  dave.commit(STARTER, '2026-02-01T10:00:00Z', 'starter')
  commits.dave = dave.commit(SOLUTION, '2026-02-25T12:00:00Z', 'solved')
  dave.push('2026-02-25T12:00:10Z')
  dave.rewind(1)
  dave.commit(STARTER, '2026-02-27T12:00:00Z', 'a commit dated before the deadline')
  dave.push('2026-03-03T12:00:00Z', { force: true })

  const frank = { name: `${PREFIX}-frank`, url: `file://${path.join(root, 'github', 'gone.git')}` }

  const grace = repo('grace')
  commits.grace = grace.commit(SOLUTION, '2026-02-10T10:00:00Z', 'solved')
  grace.push('2026-02-10T10:00:05Z')
  grace.commit(STARTER, '2026-03-04T10:00:00Z', 'after')
  grace.push('2026-03-04T10:00:05Z')

  const heidi = repo('heidi')
  heidi.commit(SOLUTION, '2026-03-05T10:00:00Z', 'solved, late')
  heidi.push('2026-03-05T10:00:05Z')

  const ivan = repo('ivan')
  ivan.commit(STARTER, '2026-02-01T10:00:00Z', 'starter')
  commits.ivan = ivan.commit(SOLUTION, '2026-02-25T12:00:00Z', 'solved')
  ivan.push('2026-02-25T12:00:10Z')
  ivan.rewind(1)
  ivan.commit(STARTER, '2026-03-03T12:00:00Z', 'start again')
  ivan.push('2026-03-03T12:00:05Z', { force: true })
  git(ivan.bare, ['gc', '--quiet', '--prune=now'])

  const mallory = repo('mallory')
  mallory.commit(SOLUTION, '2026-02-01T10:00:00Z', 'solved')
  mallory.push('2026-02-01T10:00:05Z')
  const zoe = new StudentRepository(root, 'other-zoe')
  zoe.commit(SOLUTION, '2026-02-01T10:00:00Z', 'solved')
  zoe.push('2026-02-01T10:00:05Z')

  const listed = [alice, bob, carol, dave, grace, heidi, ivan, mallory, zoe]
  return {
    roster: ['alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'grace', 'heidi', 'ivan'],
    commits,
    repositories: [...listed.map((r) => r.repository), frank],
    /** GitHub's push record of each repository; grace has none. */
    changes: Object.fromEntries(
      listed.filter((r) => r !== grace).map((r) => [r.name, r.changes]),
    ) as Record<string, BranchChange[]>,
  }
}

/** GitHub as collect sees it, answered from the class. */
export function fakeGitHub({
  repositories,
  changes,
}: {
  repositories: Repository[]
  changes: Record<string, BranchChange[]>
}): GitHub {
  return {
    repositories: async (org) => {
      if (org !== ORG)
        throw new Error(`Could not resolve to an Organization with the login of '${org}'.`)
      return repositories
    },
    branchChanges: async (_org, name) => {
      const found = changes[name]
      if (!found) throw new Error('HTTP 404: Not Found')
      return found
    },
  }
}
