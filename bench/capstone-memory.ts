/**
 * tsx capstone-memory.ts [--sizes 1,100,1024] [--json]
 *
 * Peak memory of the capstone's streaming report against an eager version of it, over generated
 * access logs of 1 MiB, 100 MiB and 1 GiB. Each run is a child process that reads the log from its
 * stdin and reports its own peak RSS; the log is generated on the fly into that pipe, so nothing
 * is ever written to disk. Prints a markdown table and writes it to bench/results/capstone-memory.md
 * (the figures the capstone page quotes); with --json, for `pnpm bench`, the last line of stdout is
 * the table's rows instead, and the file is left as it is.
 */
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import { analyze, type Report } from '../exercises/11-capstone/solution/index.ts'
import { renderRows, seconds, times, verdict, type Row } from './lib/rows.ts'

type Mode = 'streaming' | 'eager'

interface RunResult {
  /** Peak resident set size of the child, in bytes. */
  peakRss: number
  elapsedMs: number
  report: Report
}

const MiB = 2 ** 20
/** Streaming may grow this much from the smallest input to the largest and still count as flat. */
const FLAT_TARGET = 1.5

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1,100,1024' },
    json: { type: 'boolean', default: false },
    child: { type: 'string' },
  },
})

if (values.child !== undefined) await runChild(parseMode(values.child))
else await main(parseSizes(values.sizes))

/** The measured side: read the log from stdin, either as a stream or all of it first. */
async function runChild(mode: Mode): Promise<void> {
  const start = performance.now()
  const report =
    mode === 'streaming' ? await analyze(process.stdin) : await analyze(await readAll())
  const result: RunResult = {
    peakRss: process.resourceUsage().maxRSS * 1024,
    elapsedMs: performance.now() - start,
    report,
  }
  process.stdout.write(JSON.stringify(result))
}

/** The eager version: every chunk of the input in memory before the report starts. */
async function readAll(): Promise<AsyncIterable<Buffer>> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return (async function* () {
    yield* chunks
  })()
}

async function main(sizesInMiB: number[]): Promise<void> {
  const block = logBlock()
  // What a child costs before it reads a byte: Node and the TypeScript loader.
  const idle = await measure('streaming', block, 0)
  const results: Array<{ bytes: number; streaming: RunResult; eager: RunResult }> = []
  for (const sizeInMiB of sizesInMiB) {
    const copies = Math.max(1, Math.round((sizeInMiB * MiB) / block.length))
    console.error(`capstone-memory: ${formatBytes(copies * block.length)} log …`)
    const streaming = await measure('streaming', block, copies)
    const eager = await measure('eager', block, copies)
    if (JSON.stringify(streaming.report) !== JSON.stringify(eager.report)) {
      throw new Error(`the streaming and eager reports differ for ${sizeInMiB} MiB`)
    }
    results.push({ bytes: copies * block.length, streaming, eager })
  }
  const rows = toRows(idle, results)
  const table = [
    '# Capstone: peak memory of the streaming log report',
    '',
    `Measured by \`bench/capstone-memory.ts\` on ${new Date().toISOString().slice(0, 10)} on ${machine()}.`,
    'Peak RSS of a child process that reads a generated access log from a pipe. Streaming is',
    "exercise 11's `analyze(process.stdin)`; eager reads every chunk into memory first, then runs the",
    'same `analyze`. Both reports are checked to be identical.',
    '',
    renderRows(rows),
    '',
  ].join('\n')
  console.log(table)
  if (values.json) {
    console.log(JSON.stringify(rows))
    return
  }
  const resultsDir = path.join(import.meta.dirname, 'results')
  mkdirSync(resultsDir, { recursive: true })
  writeFileSync(path.join(resultsDir, 'capstone-memory.md'), table)
}

function toRows(
  idle: RunResult,
  results: Array<{ bytes: number; streaming: RunResult; eager: RunResult }>,
): Row[] {
  const rows: Row[] = [
    {
      area: 'Capstone',
      benchmark: 'peak memory, empty log (Node and the loader alone)',
      measured: formatBytes(idle.peakRss),
      target: 'for reference',
    },
  ]
  rows.push(
    ...results.map(({ bytes, streaming, eager }) => ({
      area: 'Capstone',
      benchmark: `peak memory, ${formatBytes(bytes)} log`,
      measured: `${formatBytes(streaming.peakRss)} streaming (${seconds(streaming.elapsedMs)})`,
      baseline: `${formatBytes(eager.peakRss)} eager (${seconds(eager.elapsedMs)})`,
      ratio: times(streaming.peakRss / eager.peakRss),
      // At 1 MB both are Node's own ~75 MiB give or take noise; the growth row below is the claim.
      target: 'for reference',
    })),
  )
  const smallest = results[0]
  const largest = results.at(-1)
  if (smallest && largest && largest !== smallest) {
    const span = `${formatBytes(smallest.bytes)} → ${formatBytes(largest.bytes)}`
    const growth = (mode: Mode) => largest[mode].peakRss / smallest[mode].peakRss
    rows.push(
      {
        area: 'Capstone',
        benchmark: `streaming memory growth, ${span}`,
        measured: `${formatBytes(largest.streaming.peakRss)}`,
        baseline: `${formatBytes(smallest.streaming.peakRss)}`,
        ratio: times(growth('streaming')),
        target: `flat (≤ ${FLAT_TARGET}×)`,
        ...verdict(growth('streaming'), FLAT_TARGET, 'at most'),
      },
      {
        area: 'Capstone',
        benchmark: `eager memory growth, ${span}`,
        measured: `${formatBytes(largest.eager.peakRss)}`,
        baseline: `${formatBytes(smallest.eager.peakRss)}`,
        ratio: times(growth('eager')),
        target: 'grows with the input (for contrast)',
      },
    )
  }
  return rows
}

/** Runs one child and pipes `copies` copies of `block` into it, respecting backpressure. */
async function measure(mode: Mode, block: Buffer, copies: number): Promise<RunResult> {
  const child = spawn(
    process.execPath,
    [...process.execArgv, import.meta.filename, '--child', mode],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  )
  let output = ''
  child.stdout.setEncoding('utf8').on('data', (text: string) => (output += text))
  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>
  try {
    for (let copy = 0; copy < copies; copy += 1) {
      if (!child.stdin.write(block)) await once(child.stdin, 'drain')
    }
  } finally {
    child.stdin.end()
  }
  const [code, signal] = await exited
  if (code !== 0) throw new Error(`the ${mode} run exited with ${code ?? signal}`)
  return JSON.parse(output) as RunResult
}

/**
 * About 1 MiB of access-log lines from a seeded generator, so every run reads the same log:
 * a few hot paths and many cold ones, 1 in 50 requests failing, and now and then a blank or
 * malformed line, as real logs have.
 */
function logBlock(): Buffer {
  let seed = 0x2f6b_1c4d
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32
  }
  const hot = ['/', '/home', '/api/users', '/api/orders', '/login', '/static/app.js']
  const methods = ['GET', 'GET', 'GET', 'POST', 'PUT', 'DELETE']
  const statuses = [200, 200, 200, 200, 201, 204, 301, 304, 400, 404]
  const lines: string[] = []
  let bytes = 0
  for (let n = 0; bytes < MiB; n += 1) {
    const roll = random()
    const time = new Date(Date.UTC(2026, 10, 25) + n * 137).toISOString()
    const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)] as T
    const path = roll < 0.7 ? pick(hot) : `/item/${Math.floor(random() * 5000)}`
    const status = roll > 0.98 ? 500 + Math.floor(random() * 4) : pick(statuses)
    const line =
      roll < 0.001
        ? ''
        : roll > 0.999
          ? `${time} truncated line`
          : `${time} ${pick(methods)} ${path} ${status} ${Math.floor(random() * random() * 2000)}`
    lines.push(line)
    bytes += Buffer.byteLength(line) + 1
  }
  return Buffer.from(lines.join('\n') + '\n')
}

function parseSizes(text: string): number[] {
  const sizes = text.split(',').map(Number)
  if (sizes.length === 0 || sizes.some((size) => !Number.isFinite(size) || size <= 0)) {
    console.error(`capstone-memory: --sizes takes sizes in MiB separated by commas, not "${text}"`)
    process.exit(2)
  }
  return sizes
}

function parseMode(text: string): Mode {
  if (text !== 'streaming' && text !== 'eager') {
    console.error(`capstone-memory: --child takes streaming or eager, not "${text}"`)
    process.exit(2)
  }
  return text
}

function formatBytes(bytes: number): string {
  if (bytes >= 2 ** 30) return `${(bytes / 2 ** 30).toFixed(2)} GiB`
  return `${(bytes / MiB).toFixed(bytes < 10 * MiB ? 1 : 0)} MiB`
}

function machine(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU'
  return `${cpu}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`
}
