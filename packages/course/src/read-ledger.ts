import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parseLedger, type Task } from './ledger.ts'
import type { Exercise } from './manifest.ts'

/** The rules ledger of an exercise, from its README. */
export function readLedger(exercise: Pick<Exercise, 'dir'>): Task[] {
  return parseLedger(readFileSync(path.join(exercise.dir, 'README.md'), 'utf8'))
}
