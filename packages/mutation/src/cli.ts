/**
 * iterlings-mutation [slug …] [--changed] [--threshold 90]
 *   Mutation-tests every exercise, or the ones named (by number or name), then prints the summary
 *   table of every exercise, writes it to packages/mutation/summary.md (which the docs include) and
 *   fails if a tested exercise scores below the threshold.
 *   --changed  skips an exercise whose solution and tests are exactly those of its committed record
 *              (CI uses this: only what a change touches is mutated again).
 */
import { fork } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { findExercise, loadCourse, type Exercise } from '@iterlings/course'
import pc from 'picocolors'
import { loadEquivalents } from './equivalents.ts'
import { readRecord } from './record.ts'
import type { ExerciseRequest } from './run-exercise.ts'
import { scoreMutants, type Score } from './score.ts'
import { renderSummary } from './summary.ts'

export const THRESHOLD = 90

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    threshold: { type: 'string', default: String(THRESHOLD) },
    changed: { type: 'boolean', default: false },
  },
})
const threshold = Number(values.threshold)
if (!(threshold >= 0 && threshold <= 100)) {
  console.error(`--threshold must be a number from 0 to 100, not "${values.threshold}"`)
  process.exit(2)
}

const course = loadCourse()
const reportDir = path.join(course.root, 'reports', 'mutation')
const packageDir = path.join(course.root, 'packages', 'mutation')
const recordFile = (exercise: Exercise) =>
  path.join(packageDir, 'incremental', `${exercise.slug}.json`)
let selected: Exercise[]
try {
  selected =
    positionals.length > 0
      ? positionals.map((slug) => findExercise(course, slug))
      : course.exercises
} catch (error) {
  console.error((error as Error).message)
  process.exit(2)
}
mkdirSync(reportDir, { recursive: true })
mkdirSync(path.join(packageDir, 'incremental'), { recursive: true })

/** Stryker runs in a child process of its own: it works from the exercise's folder. */
function mutate(exercise: Exercise): Promise<void> {
  const child = fork(new URL('./run-exercise.js', import.meta.url), {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  child.send({
    exerciseDir: exercise.dir,
    slug: exercise.slug,
    incrementalFile: recordFile(exercise),
    reportDir,
  } satisfies ExerciseRequest)
  return new Promise((resolve, reject) =>
    child.once('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`Stryker stopped on ${exercise.slug} with exit code ${code}`)),
    ),
  )
}

const tested = new Set<string>()
for (const exercise of selected) {
  if (!existsSync(path.join(exercise.dir, 'solution'))) {
    console.error(pc.red(`exercises/${exercise.slug} has no solution/ to mutate`))
    process.exitCode = 1
    continue
  }
  const record = readRecord(recordFile(exercise), exercise.dir)
  if (values.changed && record && record.changed.length === 0) {
    console.log(pc.dim(`exercises/${exercise.slug}: unchanged since its recorded run`))
  } else {
    const why = !record
      ? 'no recorded run'
      : record.changed.length > 0
        ? `changed: ${record.changed.join(', ')}`
        : 'unchanged: checking its recorded run'
    console.log(pc.dim(`mutating exercises/${exercise.slug}/solution (${why}) …`))
    await mutate(exercise)
  }
  tested.add(exercise.slug)
}

const equivalents = loadEquivalents()
const scores: Score[] = []
const missing: string[] = []
for (const exercise of course.exercises) {
  const record = readRecord(recordFile(exercise), exercise.dir)
  if (record) {
    scores.push(scoreMutants(exercise.slug, record.mutants, equivalents[exercise.slug] ?? []))
  } else missing.push(exercise.slug)
}

const summary = renderSummary(scores, threshold)
writeFileSync(path.join(packageDir, 'summary.md'), summary.markdown)
console.log(
  `\n${summary.text}\n\nHTML reports: ${path.relative(process.cwd(), reportDir)}/<slug>.html`,
)
for (const slug of missing) console.error(pc.yellow(`exercises/${slug} has no recorded run yet`))
const below = scores.filter((score) => tested.has(score.slug) && score.score < threshold)
for (const score of below) {
  console.error(
    pc.red(
      `✗ exercises/${score.slug}: mutation score ${score.score}% is below ${threshold}%; kill each survivor above with a sharper test, or accept it as equivalent in packages/mutation/equivalents.json with a reason`,
    ),
  )
}
if (below.length > 0 || tested.size < selected.length) process.exitCode = 1
