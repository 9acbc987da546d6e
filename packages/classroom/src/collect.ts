/**
 * Collects an assignment: every `<prefix>-<username>` repository of the organisation, each as its
 * default branch stood at the deadline, into `<out>/submissions/<username>/` (only `exercises/`,
 * all the grader reads), and `<out>/collected.csv`, which says for each student which commit
 * was taken, how many came late, and why a row is not plain. A student whose repository is
 * missing, empty or fails to clone gets an empty submission (so the gradebook has their row, at
 * zero) and a note; the run goes on.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { commitAtDeadline } from './deadline.ts'
import type { BranchChange, GitHub, Repository } from './github.ts'
import { COLLECTED_FILE, SUBMISSIONS_DIR, writeCollected, type Collected } from './record.ts'
import { run } from './run.ts'

export interface CollectOptions {
  github: GitHub
  org: string
  prefix: string
  /** Milliseconds since the epoch. */
  deadline: number
  outDir: string
  /** The class's usernames; without it, every repository named after the prefix is a student. */
  roster?: string[]
  /** Clones at once. */
  jobs?: number
  onCollected?: (row: Collected) => void
}

export interface Collection {
  rows: Collected[]
  /** Repositories named after the prefix whose user is not on the roster: left out. */
  notOnRoster: string[]
}

export async function collect(options: CollectOptions): Promise<Collection> {
  const { github, org, prefix, outDir } = options
  const repositories = await github.repositories(org).catch((error: Error) => {
    throw new Error(`could not list the repositories of ${org}: ${error.message}`)
  })
  const { students, notOnRoster } = classOf(repositories, prefix, options.roster)
  if (students.length === 0)
    throw new Error(`no repository of ${org} is named ${prefix}-<username>; check --prefix`)

  const parent = path.dirname(path.resolve(outDir))
  if (existsSync(outDir) && readdirSync(outDir).length > 0) {
    if (!existsSync(path.join(outDir, COLLECTED_FILE)))
      throw new Error(`${outDir} exists and is not a collection; pick an empty or new folder`)
  }
  mkdirSync(parent, { recursive: true })
  const fresh = path.join(parent, `.${path.basename(outDir)}.new-${process.pid}`)
  const scratch = mkdtempSync(path.join(tmpdir(), 'iterlings-collect-'))
  rmSync(fresh, { recursive: true, force: true })
  mkdirSync(path.join(fresh, SUBMISSIONS_DIR), { recursive: true })
  try {
    const rows = await inPool(students, options.jobs ?? 8, async ({ student, repository }) => {
      const row = await collectOne(options, student, repository, fresh, scratch)
      options.onCollected?.(row)
      return row
    })
    writeCollected(path.join(fresh, COLLECTED_FILE), rows)
    rmSync(outDir, { recursive: true, force: true })
    renameSync(fresh, outDir)
    return { rows, notOnRoster }
  } finally {
    rmSync(fresh, { recursive: true, force: true })
    rmSync(scratch, { recursive: true, force: true })
  }
}

interface Student {
  student: string
  repository?: Repository
}

/** A GitHub username (or team name): also a folder name, so never empty, `.` or `..`. */
const USERNAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/

/** The students, sorted as the grader sorts them, each with their repository if it exists. */
function classOf(repositories: Repository[], prefix: string, roster?: string[]) {
  const start = `${prefix}-`.toLowerCase()
  const byUser = new Map<string, Repository>()
  for (const repository of repositories) {
    const user = repository.name.slice(start.length)
    if (repository.name.toLowerCase().startsWith(start) && USERNAME.test(user))
      byUser.set(user.toLowerCase(), repository)
  }
  const odd = roster?.find((student) => !USERNAME.test(student))
  if (odd !== undefined) throw new Error(`the roster has "${odd}", which is not a GitHub username`)
  const students: Student[] = roster
    ? roster.map((student) => ({ student, repository: byUser.get(student.toLowerCase()) }))
    : [...byUser.values()].map((repository) => ({
        student: repository.name.slice(start.length),
        repository,
      }))
  const enrolled = new Set(roster?.map((student) => student.toLowerCase()))
  const notOnRoster = roster
    ? [...byUser].filter(([user]) => !enrolled.has(user)).map(([, { name }]) => name)
    : []
  students.sort((a, b) => (a.student < b.student ? -1 : 1))
  return { students, notOnRoster }
}

async function collectOne(
  { github, org, prefix, deadline }: CollectOptions,
  student: string,
  repository: Repository | undefined,
  outDir: string,
  scratch: string,
): Promise<Collected> {
  const dest = path.join(outDir, SUBMISSIONS_DIR, student)
  const row = (fields: Partial<Collected>): Collected => {
    if (!fields.commit) {
      rmSync(dest, { recursive: true, force: true })
      mkdirSync(dest) // An empty submission: the student's row, at zero.
    }
    return {
      student,
      repository: repository ? `${org}/${repository.name}` : '',
      commit: '',
      late: '',
      note: '',
      ...fields,
    }
  }
  if (!repository)
    return row({
      note: `no repository ${org}/${prefix}-${student}: the assignment was not accepted`,
    })

  // Commits and trees only; the blobs of the one commit graded come with its checkout.
  const clone = [
    ...['clone', '--quiet', '--no-checkout', '--filter=blob:none'],
    `--separate-git-dir=${path.join(scratch, `${student}.git`)}`,
    ...[repository.url, dest],
  ]
  const git = async (...args: string[]) => (await run('git', args, dest)).trim()
  try {
    await run('git', clone)
    const tip = await git('rev-parse', '--verify', '--quiet', 'HEAD^{commit}').catch(() => '')
    if (!tip) return row({ note: 'empty repository: nothing was ever pushed' })
    const lateCount = (since?: string) =>
      git('rev-list', '--count', since ? `${since}..HEAD` : 'HEAD')

    const branch = await git('symbolic-ref', '--short', 'HEAD')
    const { commit, byDate } = await commitToGrade(github, org, repository, branch, deadline, git)
    const notes = byDate ? [byDate] : []
    if (!commit) {
      notes.push(byDate ? 'no commit dated by the deadline' : 'nothing pushed by the deadline')
      return row({ late: await lateCount(), note: notes.join('; ') })
    }

    // A history rewritten after the deadline no longer holds the commit; GitHub still serves it by id.
    const has = (id: string) => git('cat-file', '-e', `${id}^{commit}`).then(yes, no)
    const fetched = (id: string) => git('fetch', '--quiet', 'origin', id).then(() => has(id), no)
    if (!(await has(commit)) && !(await fetched(commit)))
      return row({
        late: await lateCount(),
        note: `the commit on ${branch} at the deadline, ${commit}, is gone from the repository: not graded`,
      })
    const late = await lateCount(commit)
    if (!(await git('merge-base', '--is-ancestor', commit, 'HEAD').then(yes, no)))
      notes.push(
        'history rewritten after the deadline (force push): graded the commit on the branch at the deadline',
      )

    await git('sparse-checkout', 'set', 'exercises')
    await git('checkout', '--quiet', '--detach', commit)
    rmSync(path.join(dest, '.git')) // The link to the clone in scratch: the submission is plain files.
    return row({ commit, late, note: notes.join('; ') })
  } catch (error) {
    return row({ note: `clone failed: ${(error as Error).message}` })
  }
}

/**
 * The commit graded: by GitHub's push record or, where there is none, by commit date, with the
 * note that says so.
 */
async function commitToGrade(
  github: GitHub,
  org: string,
  repository: Repository,
  branch: string,
  deadline: number,
  git: (...args: string[]) => Promise<string>,
): Promise<{ commit?: string; byDate?: string }> {
  let changes: BranchChange[]
  try {
    changes = await github.branchChanges(org, repository.name, branch)
    if (changes.length === 0) throw new Error(`GitHub lists no push to ${branch}`)
  } catch (error) {
    const before = new Date(deadline).toISOString()
    const dated = await git('rev-list', '-1', '--first-parent', `--before=${before}`, 'HEAD')
    const byDate = `no push record (${(error as Error).message}): taken by commit date, which the student's clock sets`
    return dated ? { commit: dated, byDate } : { byDate }
  }
  const commit = commitAtDeadline(changes, deadline)
  return commit ? { commit } : {}
}

const yes = () => true
const no = () => false

/** Maps `items` through `work`, at most `jobs` at once, keeping their order. */
async function inPool<T, R>(items: T[], jobs: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await work(items[index] as T)
    }
  }
  await Promise.all(Array.from({ length: Math.min(jobs, items.length) }, worker))
  return results
}
