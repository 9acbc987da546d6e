/** Stryker's per-mutant results, counted the way the summary table shows them. */
import { findEquivalent, type Equivalent } from './equivalents.ts'

export interface MutantLike {
  status: string
  mutatorName: string
  replacement?: string | undefined
  file: string
  line: number
}

export interface Survivor {
  file: string
  line: number
  mutator: string
  replacement?: string | undefined
  /** Set when the survivor is accepted as equivalent. */
  reason?: string
}

export interface Score {
  slug: string
  mutants: number
  killed: number
  survived: number
  timeout: number
  noCoverage: number
  equivalent: number
  /** (killed + timeout) / (mutants that count), in percent; equivalents do not count. */
  score: number
  survivors: Survivor[]
}

export function scoreMutants(
  slug: string,
  mutants: MutantLike[],
  equivalents: Equivalent[],
): Score {
  const counted = mutants.filter(
    (mutant) => mutant.status !== 'Ignored' && mutant.status !== 'CompileError',
  )
  const count = (status: string) => counted.filter((mutant) => mutant.status === status).length
  const survivors = counted
    .filter((mutant) => mutant.status === 'Survived' || mutant.status === 'NoCoverage')
    .map((mutant): Survivor => {
      const survivor = {
        file: mutant.file,
        line: mutant.line,
        mutator: mutant.mutatorName,
        replacement: mutant.replacement,
      }
      const equivalent = findEquivalent(equivalents, survivor)
      return equivalent ? { ...survivor, reason: equivalent.reason } : survivor
    })
  const equivalent = survivors.filter((survivor) => survivor.reason !== undefined).length
  const killed = count('Killed')
  const timeout = count('Timeout')
  const denominator = counted.length - equivalent
  return {
    slug,
    mutants: counted.length,
    killed,
    survived: count('Survived'),
    timeout,
    noCoverage: count('NoCoverage'),
    equivalent,
    score: denominator === 0 ? 100 : Math.floor(((killed + timeout) / denominator) * 1000) / 10,
    survivors,
  }
}
