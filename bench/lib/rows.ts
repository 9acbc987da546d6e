/** One line of the results table. Ratios compare two figures measured in the same run. */
export interface Row {
  area: string
  benchmark: string
  measured: string
  baseline?: string
  ratio?: string
  target: string
  /** undefined when the row has no target to meet. */
  met?: boolean
  /** How far a missed target was missed, e.g. "1.30× over" or "4.2× short". */
  missedBy?: string
  note?: string
  /** Set when the benchmark itself failed: what went wrong. */
  error?: string
}

export const ms = (value: number) => `${Math.round(value)} ms`
export const seconds = (value: number) => `${(value / 1000).toFixed(1)} s`
export const times = (value: number) => `${value.toFixed(2)}×`

/** met and, when missed, by how much: `value` against a ceiling (at most) or a floor (at least). */
export function verdict(
  value: number,
  limit: number,
  kind: 'at most' | 'at least',
): Pick<Row, 'met' | 'missedBy'> {
  const met = kind === 'at most' ? value <= limit : value >= limit
  if (met) return { met }
  return kind === 'at most'
    ? { met, missedBy: `${times(value / limit)} over` }
    : { met, missedBy: `${times(limit / value)} short` }
}

export function renderRows(rows: Row[]): string {
  const header = '| Area | Benchmark | Measured | Baseline (same run) | Ratio | Target | Result |'
  const divider = '| --- | --- | --- | --- | --- | --- | --- |'
  // One line per row; `|` would end the cell, and `<tag` would be HTML to the docs site's Vue.
  const cell = (text: string | undefined) =>
    (text ?? '')
      .replace(/\s+/g, ' ')
      .replaceAll('|', '\\|')
      .replace(/<(?=[a-z/!])/gi, '&lt;')
  const result = (row: Row) =>
    row.error !== undefined
      ? `⚠️ error: ${row.error}`
      : row.met === undefined
        ? ''
        : row.met
          ? '✅ met'
          : `❌ missed${row.missedBy ? `, ${row.missedBy}` : ''}`
  const lines = rows.map((row) =>
    [
      row.area,
      `${row.benchmark}${row.note ? ` (${row.note})` : ''}`,
      row.measured,
      row.baseline,
      row.ratio,
      row.target,
      result(row),
    ]
      .map(cell)
      .join(' | '),
  )
  return [header, divider, ...lines.map((line) => `| ${line} |`)].join('\n')
}
