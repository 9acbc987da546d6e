/**
 * pnpm bench [--quick] [--only <area>]
 * Runs every benchmark, prints the table and writes bench/RESULTS.md. Ratios compare figures
 * measured in this same run; absolute numbers come with the machine they came from.
 */
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { renderRows, type Row } from './lib/rows.ts'
import { maintainerLoop } from './maintainer-loop.ts'
import { studentFeedback } from './student-feedback.ts'

const root = path.resolve(import.meta.dirname, '..')
const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string', multiple: true },
  },
})

/** A benchmark that lives beside the code it measures and prints its rows as JSON on its last line. */
function external(command: string, args: string[]): () => Row[] {
  return () => {
    const output = execFileSync(command, args, {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    return JSON.parse(output.trim().split('\n').at(-1) ?? '[]') as Row[]
  }
}

const benchmarks: Record<string, () => Row[]> = {
  students: () => studentFeedback(root),
  maintainers: () => maintainerLoop(root, { cold: !values.quick }),
}
void external

const rows: Row[] = []
for (const [area, run] of Object.entries(benchmarks)) {
  if (values.only && !values.only.includes(area)) continue
  console.error(`bench: ${area} …`)
  rows.push(...run())
}

const machine = `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()}`
const report = [
  '# Benchmarks',
  '',
  `Measured by \`pnpm bench\` on ${new Date().toISOString().slice(0, 10)} on ${machine}.`,
  'Each ratio compares two figures measured in the same run.',
  '',
  renderRows(rows),
  '',
].join('\n')
writeFileSync(path.join(root, 'bench', 'RESULTS.md'), report)
console.log(report)
