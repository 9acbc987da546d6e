/** The per-exercise table the proof prints: one row an exercise, one column a proof. */
import pc from 'picocolors'
import type { Proof } from './verdict.ts'

const mark = (ok: boolean, text: string) => (ok ? pc.green(`✓ ${text}`) : pc.red(`✗ ${text}`))

export function proofRow(proof: Proof): string[] {
  const caught = proof.mistakes.filter((mistake) => mistake.caughtBy.length > 0).length
  const toTypes = proof.mistakes.filter((mistake) => mistake.leftToTypeTests).length
  const { rules, tested, broken } = proof.ledger
  return [
    proof.slug,
    String(proof.tests),
    mark(
      proof.tests > 0 && proof.solutionPassed === proof.tests,
      `${proof.solutionPassed}/${proof.tests} pass`,
    ),
    mark(
      proof.tests > 0 && proof.starterFailed === proof.tests,
      `${proof.starterFailed}/${proof.tests} fail`,
    ),
    mark(
      proof.mistakes.length > 0 && caught + toTypes === proof.mistakes.length,
      `${caught}/${proof.mistakes.length} caught${proof.mistakesInHarness ? ' in the harness' : ''}${toTypes > 0 ? ` · ${toTypes} left to type tests` : ''}`,
    ),
    mark(
      rules > 0 && tested === rules && broken === rules,
      `${tested}/${rules} tested · ${broken}/${rules} broken`,
    ),
    proof.harness
      ? agreementCell(proof.harness.agreed, proof.harness.targets)
      : proof.harnessFrom
        ? pc.dim(`– on Node ${proof.harnessFrom}+`)
        : pc.red('✗ not run'),
  ]
}

export const agreementCell = (agreed: number, targets: number) =>
  mark(targets > 0 && agreed === targets, `${agreed}/${targets} agree`)

export const HEADER = [
  'exercise',
  'tests',
  'solution',
  'starter',
  'mistakes',
  'rules: tested · broken by a mistake',
  'harness: as vitest',
  'browser: as vitest',
]

export function renderTable(rows: string[][]): string {
  const all = [HEADER, ...rows]
  const widths = HEADER.map((_, column) =>
    Math.max(...all.map((row) => visibleLength(row[column] ?? ''))),
  )
  const line = (row: string[]) =>
    row
      .map((cell, column) => cell + ' '.repeat((widths[column] ?? 0) - visibleLength(cell)))
      .join('  ')
  return [pc.bold(line(HEADER)), ...rows.map(line)].join('\n')
}

function visibleLength(text: string): number {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;]*m/g, '').length
}
