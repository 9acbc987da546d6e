/**
 * iterlings-proof            prove the exercise in the current folder (turbo runs this per exercise)
 * iterlings-proof --runtime  the same, but only what can differ from one Node to another: no type
 *                            tests (tsc says the same everywhere; the ledger still counts the
 *                            rules they check); vitest runs the solution and the starter, and the
 *                            harness every target, agreeing with vitest on those two; the mistakes
 *                            run in the harness alone, except in exercises with a harnessNode
 *                            (whose full proof had no harness column), where vitest runs every
 *                            target and the harness, on the Nodes it runs on, must agree on each
 * iterlings-proof --fresh    run vitest on every mistake, recorded or not (record.ts)
 * iterlings-proof --summary  print every exercise's row from the saved results; fail on any breach
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { findExercise, harnessRefusal, loadCourse, readLedger } from '@iterlings/course'
import pc from 'picocolors'
import { keepVerdicts, type BrowserRun, type KeptVerdicts } from '@iterlings/run'
import { compareWithBrowser, readBrowserRuns, VITEST_VERDICTS } from './browser.ts'
import { compareWithHarness, runInHarness } from './harness.ts'
import { listMistakes, listTargets, listTypeTests, runAllTargets } from './prove.ts'
import { readRecord, recordFile, writeRecord } from './record.ts'
import { agreementCell, proofRow, renderTable } from './table.ts'
import { judge, type Proof } from './verdict.ts'

const RESULT_FILE = path.join('.proof', 'result.json')

async function proveHere(runtimeOnly: boolean, fresh: boolean): Promise<number> {
  const exerciseDir = process.cwd()
  const slug = path.basename(exerciseDir)
  const exercise = findExercise(loadCourse(), slug)
  // The harness column is proven on the Nodes that can run it (scripts/test-nodes.sh).
  const harnessHere = !harnessRefusal(exercise)
  // A runtime proof runs the mistakes in the harness alone (~5-15 times cheaper than a vitest
  // worker per test file) where the full proof on the default Node already held the harness to
  // vitest on every target, i.e. where the harness runs on every Node (no harnessNode).
  const mistakesInHarness = runtimeOnly && harnessHere && exercise.harnessNode === undefined
  // Recorded verdicts stand in for vitest only where the harness runs every mistake now.
  const record = harnessHere && !fresh ? readRecord(exerciseDir) : undefined
  const outcomes = await runAllTargets(exerciseDir, {
    types: !runtimeOnly,
    mistakes: !mistakesInHarness,
    ...(record && { record }),
  })
  const vitestRuns = [outcomes.solution, outcomes.starter, ...outcomes.mistakes]
  const harnessRuns = harnessHere
    ? await runInHarness(exerciseDir, listTargets(exerciseDir))
    : undefined
  if (mistakesInHarness) outcomes.mistakes = harnessRuns?.slice(2) ?? []
  const proof = judge(slug, outcomes, {
    tasks: readLedger({ dir: exerciseDir }),
    mistakes: listMistakes(exerciseDir),
    ...(runtimeOnly && { typeTestsNotRun: await listTypeTests(exerciseDir) }),
  })
  const mistakeRuns = [
    ...outcomes.mistakes.map((run) => ({ ...run, types: false })),
    ...(outcomes.types?.mistakes ?? []).map((run) => ({ ...run, types: true })),
  ]
  const recorded = mistakeRuns.filter((run) => run.recorded).length
  const recording = harnessHere && !runtimeOnly && mistakeRuns.length > 0
  if (recording) proof.vitestRuns = { recorded, ran: mistakeRuns.length - recorded }
  if (!harnessHere) proof.harnessFrom = exercise.harnessNode
  if (mistakesInHarness) proof.mistakesInHarness = true
  if (harnessRuns) {
    // Every target vitest ran (with mistakesInHarness: the solution and the starter).
    const { problems, ...harness } = compareWithHarness(slug, vitestRuns, harnessRuns)
    proof.harness = harness
    proof.problems.push(...problems)
  }
  // A record holds only verdicts the harness agreed with, from a full proof that passed.
  if (recording && recorded < mistakeRuns.length && proof.problems.length === 0)
    writeRecord(exerciseDir, mistakeRuns)
  mkdirSync(path.join(exerciseDir, '.proof'), { recursive: true })
  writeFileSync(path.join(exerciseDir, RESULT_FILE), JSON.stringify(proof, null, 2) + '\n')
  // What the summary holds the browser's verdicts to (browser.ts).
  const verdicts = keepVerdicts(vitestRuns.map(({ target, outcome }) => ({ target, ...outcome })))
  writeFileSync(path.join(exerciseDir, VITEST_VERDICTS), JSON.stringify(verdicts) + '\n')
  console.log(renderTable([[...proofRow(proof), pc.dim('– in the docs tests')]]))
  if (proof.vitestRuns)
    console.log(
      pc.dim(
        `  vitest on the mistakes: ${proof.vitestRuns.ran} runs now, ${proof.vitestRuns.recorded} from ${path.relative(exerciseDir, recordFile(exerciseDir))}`,
      ),
    )
  for (const mistake of proof.mistakes) {
    if (mistake.caughtBy.length > 0)
      console.log(
        pc.dim(
          `  ${mistake.target} caught by \`${mistake.caughtBy[0]}\`${mistake.caughtBy.length > 1 ? ` and ${mistake.caughtBy.length - 1} more` : ''}`,
        ),
      )
  }
  return report(proof.problems)
}

function summary(): number {
  const course = loadCourse()
  const browserRuns = readBrowserRuns(course.root)
  const problems: string[] = []
  let proven = 0
  let ran = 0
  const rows = course.exercises.map(({ slug, dir }) => {
    try {
      const proof = JSON.parse(readFileSync(path.join(dir, RESULT_FILE), 'utf8')) as Proof
      const browser = browserCell(slug, dir, browserRuns?.[slug], browserRuns !== undefined)
      const before = problems.length
      problems.push(...proof.problems, ...browser.problems)
      if (problems.length === before) proven += 1
      ran += proof.vitestRuns?.ran ?? 0
      return [...proofRow(proof), browser.cell]
    } catch {
      problems.push(
        `exercises/${slug}: no proof result; run \`pnpm test\` at the root (or \`pnpm proof\` in the exercise)`,
      )
      return [slug, '?', ...Array.from({ length: 6 }, () => pc.red('✗ not run'))]
    }
  })
  console.log(`\n${renderTable(rows)}\n`)
  // A plain closing line that CI and people can read at a glance: exercises proven, and not.
  console.log(`proof: ${proven} passed, ${rows.length - proven} failed`)
  if (ran > 0)
    console.log(
      `vitest ran ${ran} mistake runs that the records in packages/proof/records/ did not hold; a passing proof wrote them there: commit them, and the next clean run skips them`,
    )
  return report(problems)
}

/** The browser column of an exercise's row, from the docs' browser runs where they ran. */
function browserCell(
  slug: string,
  dir: string,
  run: BrowserRun | undefined,
  docsRan: boolean,
): { cell: string; problems: string[] } {
  if (!docsRan) return { cell: pc.dim('– docs tests not run'), problems: [] }
  if (!run)
    return {
      cell: pc.red('✗ not run'),
      problems: [`exercises/${slug}: the docs tests did not run its panel; run \`pnpm test\``],
    }
  if ('nodeOnly' in run) return { cell: pc.dim(`– Node only (${run.nodeOnly})`), problems: [] }
  const vitest = JSON.parse(readFileSync(path.join(dir, VITEST_VERDICTS), 'utf8')) as KeptVerdicts
  const { agreed, targets, needNode, problems } = compareWithBrowser(slug, vitest, run)
  const cell = agreementCell(agreed, targets) + (needNode ? pc.dim(` · ${needNode} need Node`) : '')
  return { cell, problems }
}

function report(problems: string[]): number {
  for (const problem of problems) console.error(pc.red(`✗ ${problem}`))
  return problems.length === 0 ? 0 : 1
}

const { values } = parseArgs({
  options: {
    summary: { type: 'boolean', default: false },
    runtime: { type: 'boolean', default: false },
    fresh: { type: 'boolean', default: false },
  },
})
process.exitCode = values.summary ? summary() : await proveHere(values.runtime, values.fresh)
