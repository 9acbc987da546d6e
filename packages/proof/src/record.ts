/**
 * vitest's verdicts on an exercise's mistakes, kept in git beside a hash of everything they depend
 * on (packages/proof/records/<slug>.json), as the mutation records are. A mistake runs under vitest
 * again only where its file, the exercise's tests or config, the course's test helpers and
 * reporter, the lockfile or the Node line changed: the same inputs give vitest the same verdicts,
 * and vitest on every mistake was most of CI's time. The harness still runs every mistake each
 * time and is held to these verdicts; the solution and the starter always run under vitest.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { filesUnder, findCourseRoot, placeOfTest } from '@iterlings/course'
import { keepVerdicts, verdictsOf, type RunOutcome } from '@iterlings/run'
import type { TargetOutcome } from './outcome.ts'

export interface VitestRecord {
  /** The hash of what every verdict here depends on but the mistake itself (inputsOf). */
  inputs: string
  /** The test names once, as keepVerdicts keeps them. */
  tests: string[]
  /** By run: "mistakes/<file>.ts", or "types mistakes/<file>.ts" for its type tests. */
  runs: Record<string, RecordedRun>
}

interface RecordedRun {
  /** The hash of the mistake's file. */
  source: string
  /** One letter a test (keepVerdicts). */
  verdicts: string
  /** Kept where there were any; the proof reports them as a fresh run's. */
  errors?: RunOutcome['errors']
  stop?: RunOutcome['stop']
}

/** The course's records: packages/proof/records/. */
export const RECORDS = fileURLToPath(new URL('../records/', import.meta.url))

export const recordFile = (exerciseDir: string, records = RECORDS) =>
  path.join(records, `${path.basename(exerciseDir)}.json`)

export const runKey = (target: string, types: boolean) => (types ? `types ${target}` : target)

/** The exercise's record, if it has one made with the inputs it has now. */
export function readRecord(exerciseDir: string, records = RECORDS): VitestRecord | undefined {
  const file = recordFile(exerciseDir, records)
  if (!existsSync(file)) return undefined
  const record = JSON.parse(readFileSync(file, 'utf8')) as VitestRecord
  return record.inputs === inputsOf(exerciseDir) ? record : undefined
}

/** A mistake's recorded run, if the record has one of the file as it is now. */
export function recordedOutcome(
  record: VitestRecord | undefined,
  exerciseDir: string,
  target: string,
  types: boolean,
): RunOutcome | undefined {
  const run = record?.runs[runKey(target, types)]
  if (!run || run.source !== sourceOf(exerciseDir, target)) return undefined
  const verdicts = verdictsOf({ tests: record.tests, targets: { run: run.verdicts } }, 'run')
  return {
    tests: [...(verdicts ?? [])].map(([name, status]) => ({ name, ...placeOfTest(name), status })),
    errors: run.errors ?? [],
    ...(run.stop && { stop: run.stop }),
    durationMs: 0,
  }
}

/** Records every mistake's runs (fresh or recorded), replacing the exercise's record. */
export function writeRecord(
  exerciseDir: string,
  runs: Array<TargetOutcome & { types: boolean }>,
  records = RECORDS,
): void {
  const mistakes = runs.filter(({ target }) => target.startsWith('mistakes/'))
  const kept = keepVerdicts(
    mistakes.map(({ target, types, outcome }) => ({ target: runKey(target, types), ...outcome })),
  )
  const record: VitestRecord = {
    inputs: inputsOf(exerciseDir),
    tests: kept.tests,
    runs: Object.fromEntries(
      mistakes.map(({ target, types, outcome }) => {
        const key = runKey(target, types)
        const errors = outcome.errors.map(({ message, file }) => ({
          message,
          ...(file && { file }),
        }))
        const run: RecordedRun = {
          source: sourceOf(exerciseDir, target),
          verdicts: kept.targets[key] ?? '',
          ...(errors.length > 0 && { errors }),
          ...(outcome.stop && { stop: outcome.stop }),
        }
        return [key, run]
      }),
    ),
  }
  mkdirSync(records, { recursive: true })
  writeFileSync(recordFile(exerciseDir, records), JSON.stringify(record, null, 2) + '\n')
}

/**
 * What vitest's verdict on a mistake depends on besides the mistake: the Node line, the lockfile
 * (vitest, vite, esbuild, TypeScript), the course's test helpers and the reporter that records
 * verdicts, and the exercise's tests, config and package.
 */
function inputsOf(exerciseDir: string): string {
  const root = findCourseRoot(exerciseDir)
  const files = [
    ...filesUnder(path.join(exerciseDir, 'test')),
    ...['vitest.config.ts', 'tsconfig.json', 'package.json'].map((file) =>
      path.join(exerciseDir, file),
    ),
    ...['pnpm-lock.yaml', 'tsconfig.base.json'].map((file) => path.join(root, file)),
    ...filesUnder(path.join(root, 'packages', 'testing', 'src')),
    ...filesUnder(path.join(root, 'packages', 'run', 'src')),
  ]
  const hash = createHash('sha256').update(`node ${process.versions.node.split('.')[0]}`)
  for (const file of files) {
    // Named as the course names it, so that the hash is the same in every clone.
    hash.update(`\0${path.relative(root, file).split(path.sep).join('/')}\0`)
    if (existsSync(file)) hash.update(readFileSync(file))
  }
  return hash.digest('hex').slice(0, 16)
}

const sourceOf = (exerciseDir: string, target: string) =>
  createHash('sha256')
    .update(readFileSync(path.join(exerciseDir, target)))
    .digest('hex')
    .slice(0, 16)
