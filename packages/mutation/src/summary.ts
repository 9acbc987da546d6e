/** The summary table, as terminal text and as markdown for the report and the docs. */
import pc from 'picocolors'
import type { Score } from './score.ts'

const COLUMNS = [
  'exercise',
  'mutants',
  'killed',
  'survived',
  'timeout',
  'no coverage',
  'equivalent',
  'score',
]

const cells = (score: Score) => [
  score.slug,
  String(score.mutants),
  String(score.killed),
  String(score.survived),
  String(score.timeout),
  String(score.noCoverage),
  String(score.equivalent),
  `${score.score}%`,
]

export function renderSummary(
  scores: Score[],
  threshold: number,
): { text: string; markdown: string } {
  const rows = scores.map(cells)
  const widths = COLUMNS.map((column, index) =>
    Math.max(column.length, ...rows.map((row) => (row[index] ?? '').length)),
  )
  const line = (row: string[]) =>
    row.map((cell, index) => cell.padEnd(widths[index] ?? 0)).join('  ')
  const text = [
    pc.bold(line(COLUMNS)),
    ...scores.map((score, index) => {
      const row = line(rows[index] ?? [])
      return score.score >= threshold ? row : pc.red(row)
    }),
    ...survivorLines(scores, (code) => code).map((survivor) => pc.dim(survivor)),
  ].join('\n')
  const markdown = [
    `| ${COLUMNS.join(' | ')} |`,
    `| ${COLUMNS.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
    `Threshold: ${threshold}%. Equivalent mutants do not count; each is listed with its reason.`,
    '',
    ...survivorLines(scores, htmlCode).map((survivor) => `- ${survivor}`),
    '',
  ].join('\n')
  return { text, markdown }
}

function survivorLines(scores: Score[], code: (text: string) => string): string[] {
  return scores.flatMap((score) =>
    score.survivors.map(
      (survivor) =>
        `${score.slug} ${survivor.file}:${survivor.line} ${survivor.mutator}${survivor.replacement ? ` → ${code(survivor.replacement.replace(/\s+/g, ' '))}` : ''}: ` +
        (survivor.reason ? `equivalent: ${survivor.reason}` : 'survived'),
    ),
  )
}

/** Mutated code inside markdown that VitePress renders: neither HTML nor Vue may read it. */
function htmlCode(text: string): string {
  const entities: Record<string, string> = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '{': '&#123;',
    '}': '&#125;',
  }
  return `<code>${text.replace(/[&<>{}]/g, (char) => entities[char] ?? char)}</code>`
}
