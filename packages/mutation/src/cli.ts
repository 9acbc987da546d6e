/**
 * iterlings-mutation [slug …]   mutation-test every exercise, or the ones named (with or without
 *                               their number), print the summary table and fail below the threshold.
 */
import { fork } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { findExercise, loadCourse, type Exercise } from '@iterlings/course'
import pc from 'picocolors'
import { loadEquivalents } from './equivalents.ts'
import type { ExerciseRequest } from './run-exercise.ts'
import { scoreMutants, type MutantLike, type Score } from './score.ts'
import { renderSummary } from './summary.ts'

export const THRESHOLD = 90

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { threshold: { type: 'string', default: String(THRESHOLD) } },
})
const threshold = Number(values.threshold)
if (!(threshold >= 0 && threshold <= 100)) {
  console.error(`--threshold must be a number from 0 to 100, not "${values.threshold}"`)
  process.exit(2)
}

const course = loadCourse()
const reportDir = path.join(course.root, 'reports', 'mutation')
const stateDir = path.join(course.root, 'packages', 'mutation', 'incremental')
let exercises: Exercise[]
try {
  exercises =
    positionals.length > 0
      ? positionals.map((slug) => findExercise(course, slug))
      : course.exercises
} catch (error) {
  console.error((error as Error).message)
  process.exit(2)
}
mkdirSync(reportDir, { recursive: true })
mkdirSync(stateDir, { recursive: true })

function mutate(exercise: Exercise): Promise<MutantLike[]> {
  const child = fork(new URL('./run-exercise.js', import.meta.url), {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  return new Promise((resolve, reject) => {
    child.once('message', (mutants: MutantLike[]) => resolve(mutants))
    child.once('exit', (code) =>
      reject(new Error(`Stryker stopped on ${exercise.slug} with exit code ${code}`)),
    )
    child.send({
      exerciseDir: exercise.dir,
      slug: exercise.slug,
      incrementalFile: path.join(stateDir, `${exercise.slug}.json`),
      reportDir,
    } satisfies ExerciseRequest)
  })
}

const equivalents = loadEquivalents()
const scores: Score[] = []
for (const exercise of exercises) {
  if (!existsSync(path.join(exercise.dir, 'solution'))) {
    console.error(pc.red(`exercises/${exercise.slug} has no solution/ to mutate`))
    process.exitCode = 1
    continue
  }
  console.log(pc.dim(`mutating exercises/${exercise.slug}/solution …`))
  scores.push(scoreMutants(exercise.slug, await mutate(exercise), equivalents[exercise.slug] ?? []))
}

const summary = renderSummary(scores, threshold)
writeFileSync(path.join(reportDir, 'summary.md'), summary.markdown)
console.log(
  `\n${summary.text}\n\nReports: ${path.relative(process.cwd(), reportDir)}/<slug>.html, summary.md`,
)
const below = scores.filter((score) => score.score < threshold)
for (const score of below) {
  console.error(
    pc.red(
      `✗ exercises/${score.slug}: mutation score ${score.score}% is below ${threshold}%; kill each survivor above with a sharper test, or accept it as equivalent in packages/mutation/equivalents.json with a reason`,
    ),
  )
}
if (below.length > 0) process.exitCode = 1
