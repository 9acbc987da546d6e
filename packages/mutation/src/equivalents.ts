/**
 * Surviving mutants that cannot change what a test can observe, each accepted with a reason.
 * They live in packages/mutation/equivalents.json, keyed by exercise slug:
 *   { "03-for-of": [{ "file": "solution/index.ts", "line": 12, "mutator": "EqualityOperator",
 *                     "replacement": "i <= n", "reason": "…" }] }
 */
import { readFileSync } from 'node:fs'

export interface Equivalent {
  file: string
  line: number
  mutator: string
  replacement?: string
  reason: string
}

export type Equivalents = Record<string, Equivalent[]>

export const EQUIVALENTS_FILE = new URL('../equivalents.json', import.meta.url)

export function loadEquivalents(): Equivalents {
  return JSON.parse(readFileSync(EQUIVALENTS_FILE, 'utf8')) as Equivalents
}

export interface SurvivorLike {
  file: string
  line: number
  mutator: string
  replacement?: string | undefined
}

export function findEquivalent(list: Equivalent[], mutant: SurvivorLike): Equivalent | undefined {
  return list.find(
    (entry) =>
      entry.file === mutant.file &&
      entry.line === mutant.line &&
      entry.mutator === mutant.mutator &&
      (entry.replacement === undefined || entry.replacement === mutant.replacement),
  )
}
