/**
 * iterlings-classroom collect …   fetch an assignment's repositories as they stood at the deadline
 * iterlings-classroom grade …     grade a collection on this machine
 * iterlings-classroom merge …     join the parts graded on several machines
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { collect } from './collect.ts'
import { parseDeadline } from './deadline.ts'
import { ghCli } from './github.ts'
import { GraderFailed, runGrader } from './grader.ts'
import { gradebookWithColumns } from './gradebook.ts'
import { COLLECTED_FILE, readCollected, SUBMISSIONS_DIR, type Collected } from './record.ts'
import { readRoster } from './roster.ts'

const USAGE = `usage: iterlings-classroom collect --org <org> --prefix <prefix> --deadline <ISO time> --out <dir>
       iterlings-classroom grade <collection> --out <dir> [grader options]
       iterlings-classroom merge <collection> <part>... --out <dir>

collect   fetches every <prefix>-<username> repository of <org> (through gh) as its default
          branch stood at the deadline, by the time GitHub received each push, into
          <dir>/submissions/<username>/, and writes <dir>/collected.csv: the commit taken, the
          commits that came late, and why a student has nothing (no repository, empty, clone
          failed)
  --roster <file>   the class: Classroom's roster export (github_username) or one username a line;
                    a student on it without a repository gets a row too
  --jobs <n>        clones at once (default 8)
grade     runs iterlings-grade on <collection>/submissions and adds the columns commit, late and
          note to grades.csv; grader options (--hidden, --exercises, --timeout…) pass through
merge     joins the gradebooks of iterlings-grade --shard runs, as iterlings-grade merge does,
          and adds the same columns`

/** Paths on the command line are relative to where the user typed it, also under `pnpm classroom`. */
const here = process.env.INIT_CWD ?? process.cwd()
const resolve = (value: string) => path.resolve(here, value)

class UsageError extends Error {}

async function main([command, ...args]: string[]): Promise<void> {
  if (command === 'collect') return collectCommand(args)
  if (command === 'grade') return gradeCommand(args)
  if (command === 'merge') return mergeCommand(args)
  if (command === undefined || command === '--help' || command === '-h') return console.log(USAGE)
  throw new UsageError(`${command}: unknown command; use collect, grade or merge`)
}

async function collectCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      org: { type: 'string' },
      prefix: { type: 'string' },
      deadline: { type: 'string' },
      out: { type: 'string' },
      roster: { type: 'string' },
      jobs: { type: 'string', default: '8' },
    },
  })
  for (const name of ['org', 'prefix', 'deadline', 'out'] as const)
    if (!values[name]) throw new UsageError(`collect needs --${name}`)
  const jobs = Number(values.jobs)
  if (!Number.isInteger(jobs) || jobs < 1)
    throw new UsageError(`--jobs ${values.jobs}: expected a whole number, 1 or more`)
  const deadline = parseDeadline(values.deadline as string)
  const roster = values.roster ? readRoster(resolve(values.roster)) : undefined
  if (roster?.unlinked)
    console.warn(`${roster.unlinked} roster entries have no GitHub account linked: left out`)
  const outDir = resolve(values.out as string)

  const { rows, notOnRoster } = await collect({
    github: ghCli,
    org: values.org as string,
    prefix: values.prefix as string,
    deadline,
    outDir,
    jobs,
    ...(roster ? { roster: roster.usernames } : {}),
    onCollected: (row) => console.log(describe(row)),
  })
  if (notOnRoster.length > 0) console.warn(`not on the roster, left out: ${notOnRoster.join(', ')}`)
  const count = (test: (row: Collected) => boolean) => rows.filter(test).length
  console.log(
    `collected ${count((row) => row.commit !== '')} of ${rows.length} students at ${new Date(deadline).toISOString()}; ` +
      `${count((row) => Number(row.late) > 0)} with late commits, ${count((row) => row.commit === '')} with nothing to grade; ` +
      `in ${outDir}`,
  )
}

function describe({ student, commit, late, note }: Collected): string {
  const taken = commit ? commit.slice(0, 12) : 'nothing    '
  const lateness = Number(late) > 0 ? `, ${late} late` : ''
  return `${student}: ${taken}${lateness}${note ? ` (${note})` : ''}`
}

async function gradeCommand(args: string[]): Promise<void> {
  const [collection, ...rest] = args
  if (!collection || collection.startsWith('-'))
    throw new UsageError('grade needs the collection folder first (the --out of collect)')
  if (rest.some((arg) => arg.startsWith('--shard')))
    throw new UsageError(
      'grade the parts with iterlings-grade --shard, then join them with iterlings-classroom merge',
    )
  const { outDir, others } = withoutOut(rest)
  const collected = collectionOf(collection)
  await gradebookWithColumns(outDir, collected, (dir) =>
    runGrader([path.join(resolve(collection), SUBMISSIONS_DIR), '--out', dir, ...others]),
  )
  console.log(`added commit, late and note to ${path.join(outDir, 'grades.csv')}`)
}

async function mergeCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { out: { type: 'string' } },
  })
  const [collection, ...parts] = positionals
  if (!collection || parts.length === 0)
    throw new UsageError('merge needs the collection folder, then the gradebook of each part')
  if (!values.out) throw new UsageError('merge needs --out <dir>')
  const collected = collectionOf(collection)
  const outDir = resolve(values.out)
  await gradebookWithColumns(outDir, collected, (dir) =>
    runGrader(['merge', ...parts.map(resolve), '--out', dir]),
  )
  console.log(`added commit, late and note to ${path.join(outDir, 'grades.csv')}`)
}

function collectionOf(folder: string): Collected[] {
  const file = path.join(resolve(folder), COLLECTED_FILE)
  if (!existsSync(file))
    throw new UsageError(
      `${resolve(folder)}: not a collection (no ${COLLECTED_FILE}); pass the --out of collect`,
    )
  return readCollected(file)
}

/** The grader's --out, taken from among the options passed through to it. */
function withoutOut(args: string[]): { outDir: string; others: string[] } {
  const index = args.findIndex((arg) => arg === '--out' || arg.startsWith('--out='))
  const arg = args[index]
  const value = arg === '--out' ? args[index + 1] : arg?.slice('--out='.length)
  if (!value) throw new UsageError('grade needs --out <dir>, where the gradebook goes')
  const others = args.filter((_, i) => i !== index && !(arg === '--out' && i === index + 1))
  return { outDir: resolve(value), others }
}

try {
  await main(process.argv.slice(2))
} catch (error) {
  const message = error instanceof Error ? error.message : String(error)
  console.error(`iterlings-classroom: ${message}`)
  if (
    error instanceof UsageError ||
    (error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
  )
    console.error(`\n${USAGE}`)
  process.exitCode = error instanceof GraderFailed ? error.exitCode : 2
}
