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
  note?: string
}

export const ms = (value: number) => `${Math.round(value)} ms`
export const seconds = (value: number) => `${(value / 1000).toFixed(1)} s`
export const times = (value: number) => `${value.toFixed(2)}×`

export function renderRows(rows: Row[]): string {
  const header = '| Area | Benchmark | Measured | Baseline (same run) | Ratio | Target | Met |'
  const divider = '| --- | --- | --- | --- | --- | --- | --- |'
  const mark = (met: boolean | undefined) => (met === undefined ? '' : met ? '✅' : '❌')
  const lines = rows.map(
    (row) =>
      `| ${row.area} | ${row.benchmark}${row.note ? ` (${row.note})` : ''} | ${row.measured} | ${row.baseline ?? ''} | ${row.ratio ?? ''} | ${row.target} | ${mark(row.met)} |`,
  )
  return [header, divider, ...lines].join('\n')
}
