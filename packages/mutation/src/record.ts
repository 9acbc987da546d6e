/**
 * Stryker's incremental file is a full mutation report: every mutant with its status, plus the
 * source of the files mutated and of the tests that ran. It is committed, so it is also the record
 * of the last run: the summary table is read from it, and when the solution and tests it holds
 * are the ones on disk, its results are still true and the exercise need not be mutated again.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { MutantLike } from './score.ts'

interface ReportFile {
  source: string
  mutants?: {
    status: string
    mutatorName: string
    replacement?: string
    location: { start: { line: number } }
  }[]
}

interface Report {
  files: Record<string, ReportFile>
  testFiles?: Record<string, { source?: string }>
}

export interface MutationRecord {
  mutants: MutantLike[]
  /** Relative paths of the solution and test files whose source differs from the record. */
  changed: string[]
}

export function readRecord(file: string, exerciseDir: string): MutationRecord | undefined {
  if (!existsSync(file)) return undefined
  const report = JSON.parse(readFileSync(file, 'utf8')) as Report
  const mutants = Object.entries(report.files).flatMap(([name, { mutants = [] }]) =>
    mutants.map((mutant): MutantLike => ({
      status: mutant.status,
      mutatorName: mutant.mutatorName,
      replacement: mutant.replacement,
      file: name,
      line: mutant.location.start.line,
    })),
  )
  const recorded = new Map(
    Object.entries({ ...report.testFiles, ...report.files }).map(([name, file]) => [
      name,
      file.source,
    ]),
  )
  const onDisk = [...sourceFiles(exerciseDir, 'solution'), ...sourceFiles(exerciseDir, 'test')]
  const changed = [...new Set([...recorded.keys(), ...onDisk])].filter(
    (name) =>
      !existsSync(path.join(exerciseDir, name)) ||
      readFileSync(path.join(exerciseDir, name), 'utf8') !== recorded.get(name),
  )
  return { mutants, changed }
}

/** What Stryker records: the solution's modules and the test files vitest runs (not type tests). */
function sourceFiles(exerciseDir: string, folder: 'solution' | 'test'): string[] {
  const pattern = folder === 'solution' ? /\.ts$/ : /\.test\.ts$/
  return readdirSync(path.join(exerciseDir, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => pattern.test(name))
    .map((name) => path.posix.join(folder, name.split(path.sep).join('/')))
}
