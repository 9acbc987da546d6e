/** iterlings [command] [options]: see help.ts. */
import { parseArgs } from 'node:util'
import {
  closestSlug,
  findExercise,
  loadCourse,
  type Course,
  type Exercise,
} from '@iterlings/course'
import { list, reset, run, showHint, verify } from './commands.ts'
import { HELP } from './help.ts'
import { Progress, isAvailable } from './progress.ts'
import { DEFAULT_TIME_LIMIT_MS } from './tests/runner.ts'
import { watch } from './watch/shell.ts'

class UsageError extends Error {}

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        manual: { type: 'boolean' },
        docs: { type: 'boolean' },
        'time-limit': { type: 'string' },
        yes: { type: 'boolean', short: 'y' },
        edit: { type: 'boolean' },
      },
    })
  } catch (error) {
    // node:util's messages are clear ("Unknown option '--x'"), but for its advice on passing a
    // positional that starts with '-' after '--', which no iterlings command takes.
    const message = error instanceof Error ? error.message : String(error)
    throw new UsageError(message.replace(/\. To specify a positional argument.*$/s, ''))
  }
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv)
  const [first] = positionals
  // `iterlings 05` (and so `pnpm start 05`): watch mode at that exercise.
  const exerciseFirst = first !== undefined && first !== 'help' && !(first in HELP)
  if (exerciseFirst && !/^\d+$/.test(first) && !closestSlug(loadCourse(), first))
    throw new UsageError(
      `unknown command "${first}"; the commands are ${Object.keys(HELP).slice(1).join(', ')}, or name an exercise (iterlings 05)`,
    )
  const [command = 'watch', slug, ...extra] = exerciseFirst
    ? ['watch', ...positionals]
    : positionals
  const help = HELP[command === 'help' ? 'iterlings' : command] ?? HELP.iterlings
  if (values.help || command === 'help') {
    console.log(command === 'watch' && !slug && positionals.length === 0 ? HELP.iterlings : help)
    return 0
  }
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`)
  const timeLimitMs = parseTimeLimit(values['time-limit'])
  const course = loadCourse()
  const named = () => (slug ? findExercise(course, slug) : currentExercise(course))
  const required = () => {
    if (!slug)
      throw new UsageError(
        `${command} needs an exercise, e.g. iterlings ${command} 01-iterables-and-iterators`,
      )
    return findExercise(course, slug)
  }

  switch (command) {
    case 'watch':
      // Quitting is final, whatever a closing file watcher or child process still holds open.
      return process.exit(
        await watch(course, {
          manual: Boolean(values.manual),
          docs: Boolean(values.docs),
          timeLimitMs,
          start: slug === undefined ? undefined : findExercise(course, slug),
        }),
      )
    case 'list':
      return noExercise(slug, () => list(course, { timeLimitMs }))
    case 'verify':
      return noExercise(slug, () => verify(course, { timeLimitMs }))
    case 'run':
      return run(course, named(), { timeLimitMs, edit: Boolean(values.edit) })
    case 'hint':
      return showHint(course, named(), { timeLimitMs })
    case 'reset':
      return reset(course, required(), { yes: Boolean(values.yes) })
  }
  return 0
}

/** The exercise the student was on last (in watch mode or with run), else the first unfinished. */
function currentExercise(course: Course): Exercise {
  const progress = new Progress(course)
  const current = course.exercises.find(({ slug }) => slug === progress.current)
  const exercise =
    current ??
    course.exercises.find((candidate) => isAvailable(candidate) && !progress.isDone(candidate))
  if (!exercise) throw new UsageError('every exercise here passes; name one, e.g. iterlings run 01')
  return exercise
}

function noExercise(slug: string | undefined, then: () => Promise<number>): Promise<number> {
  if (slug) throw new UsageError(`unexpected argument "${slug}"`)
  return then()
}

function parseTimeLimit(text: string | undefined): number {
  if (text === undefined) return DEFAULT_TIME_LIMIT_MS
  const seconds = Number(text)
  if (!(seconds > 0) || !Number.isFinite(seconds))
    throw new UsageError(`--time-limit must be a number of seconds > 0, not "${text}"`)
  return seconds * 1000
}

try {
  process.exitCode = await main(process.argv.slice(2))
} catch (error) {
  const message = error instanceof Error ? error.message : String(error)
  console.error(`iterlings: ${message}`)
  if (error instanceof UsageError) console.error('Run iterlings --help for the commands.')
  process.exitCode = error instanceof UsageError ? 2 : 1
}
