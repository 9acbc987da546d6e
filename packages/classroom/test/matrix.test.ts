/**
 * The workflow's matrix, run here: scripts/actions.sh's steps as the jobs of
 * templates/grade-classroom.yml run them, with `gh` on the PATH faked (test/fake-gh.mjs) and the
 * class in local bare repositories. One collector, n runners in their own folders at once (each
 * with its copy of the collection, as each downloads the artifact), one merger; the gradebook must
 * be the one a single machine writes.
 */
import { spawn } from 'node:child_process'
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parse } from 'csv-parse/sync'
import { beforeAll, describe, expect, it } from 'vitest'
import { DEADLINE, makeClass, ORG, POINTS, PREFIX, SLUG } from './repos.ts'

const root = mkdtempSync(path.join(tmpdir(), 'iterlings-matrix-'))
const klass = makeClass(path.join(root, 'class'))
const script = path.join(import.meta.dirname, '..', 'scripts', 'actions.sh')
const classroomBin = path.join(import.meta.dirname, '..', 'bin', 'iterlings-classroom.js')
const RUNNERS = 3

const fakeBin = path.join(root, 'bin')
mkdirSync(fakeBin)
copyFileSync(path.join(import.meta.dirname, 'fake-gh.mjs'), path.join(fakeBin, 'gh'))
chmodSync(path.join(fakeBin, 'gh'), 0o755)
writeFileSync(path.join(root, 'github.json'), JSON.stringify({ org: ORG, ...klass }))
const rosterFile = path.join(root, 'roster.csv')
writeFileSync(
  rosterFile,
  [
    'identifier,github_username,github_id,name',
    ...klass.roster.map((u, i) => `s${i},${u},${i},${u}`),
  ].join('\n'),
)

const environment = {
  ...process.env,
  PATH: `${fakeBin}${path.delimiter}${process.env.PATH}`,
  FAKE_GH: path.join(root, 'github.json'),
  ORG,
  PREFIX,
  DEADLINE,
  ROSTER: rosterFile,
  GRADER_OPTIONS: `--exercises ${SLUG}`,
}

function command(file: string, args: string[], env: Record<string, string>) {
  const child = spawn(file, args, {
    env: { ...environment, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  return new Promise<{ code: number | null; output: string }>((resolve) =>
    child.on('close', (code) => resolve({ code, output })),
  )
}
const step = (name: string, env: Record<string, string>) => command('bash', [script, name], env)

/**
 * What upload-artifact and download-artifact carry from one job to the next: the files, without
 * empty folders or hidden files. A file lands in `to`; a folder's files land under `to`.
 */
function throughArtifact(from: string, to: string): void {
  mkdirSync(to, { recursive: true })
  if (statSync(from).isFile()) return copyFileSync(from, path.join(to, path.basename(from)))
  for (const [file] of Object.entries(tree(from)))
    if (!file.split(path.sep).some((part) => part.startsWith('.'))) {
      mkdirSync(path.dirname(path.join(to, file)), { recursive: true })
      copyFileSync(path.join(from, file), path.join(to, file))
    }
}

/** Every file under `dir`, relative path → content. */
function tree(dir: string): Record<string, string> {
  const files: Record<string, string> = {}
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) {
      const file = path.join(entry.parentPath, entry.name)
      files[path.relative(dir, file)] = readFileSync(file, 'utf8')
    }
  return files
}
const rowsOf = (gradebook: string) =>
  parse(readFileSync(path.join(gradebook, 'grades.csv'), 'utf8'), { columns: true }) as Array<
    Record<string, string>
  >

const collector = path.join(root, 'collector')
const merger = path.join(root, 'merger')
const single = path.join(root, 'single')
let collected: { code: number | null; output: string }

beforeAll(async () => {
  mkdirSync(collector)
  const output = path.join(collector, 'output')
  collected = await step('collect', {
    WORK: collector,
    RUNNERS: String(RUNNERS),
    GITHUB_OUTPUT: output,
  })
  expect(collected.code, collected.output).toBe(0)

  const runners = Array.from({ length: RUNNERS }, (_, i) => path.join(root, `runner-${i + 1}`))
  for (const runner of runners) throughArtifact(path.join(collector, 'collected.tar'), runner)
  const graded = await Promise.all(
    runners.map((runner, i) => step('grade', { WORK: runner, SHARD: `${i + 1}/${RUNNERS}` })),
  )
  for (const { code, output } of graded) expect(code, output).toBe(0)

  // download-artifact puts each part-* artifact in a folder of its name under parts/.
  throughArtifact(path.join(collector, 'collected.tar'), merger)
  for (const [i, runner] of runners.entries())
    throughArtifact(path.join(runner, 'part'), path.join(merger, 'parts', `part-${i + 1}`))
  const merged = await step('merge', { WORK: merger })
  expect(merged.code, merged.output).toBe(0)

  const alone = await command(
    process.execPath,
    [
      classroomBin,
      'grade',
      path.join(collector, 'collected'),
      '--out',
      single,
      '--exercises',
      SLUG,
    ],
    {},
  )
  expect(alone.code, alone.output).toBe(0)
})

describe('the matrix, run locally', () => {
  it('collect names the parts of the matrix, one runner each', () => {
    expect(readFileSync(path.join(collector, 'output'), 'utf8')).toBe('shards=[1,2,3]\n')
  })

  it('each runner grades only its part, and the parts cover the class once', () => {
    const parts = Array.from({ length: RUNNERS }, (_, i) =>
      rowsOf(path.join(root, `runner-${i + 1}`, 'part')).map((row) => row.student),
    )
    for (const part of parts) expect(part.length).toBeGreaterThan(0)
    expect(parts.flat().sort()).toEqual([...klass.roster].sort())
  })

  it('merges into the gradebook one machine writes, file for file', () => {
    expect(tree(path.join(merger, 'gradebook'))).toEqual(tree(single))
  })

  it('the gradebook says which commit was graded, how many came late, and why a row is empty', () => {
    const rows = rowsOf(path.join(merger, 'gradebook'))
    const row = (student: string) => rows.find((r) => r.student === student)
    expect(Object.keys(rows[0] ?? {})).toEqual(['student', SLUG, 'total', 'commit', 'late', 'note'])
    const full = String(POINTS)
    expect(row('alice')).toEqual({
      student: 'alice',
      [SLUG]: full,
      total: full,
      commit: klass.commits.alice,
      late: '0',
      note: '',
    })
    expect(row('bob')).toMatchObject({ total: full, commit: klass.commits.bob, late: '2' })
    expect(row('dave')).toMatchObject({ total: full, commit: klass.commits.dave, late: '1' })
    expect(row('carol')).toMatchObject({
      total: '0',
      commit: '',
      note: 'empty repository: nothing was ever pushed',
    })
    expect(row('erin')).toMatchObject({
      total: '0',
      note: `no repository ${ORG}/${PREFIX}-erin: the assignment was not accepted`,
    })
  })
})

describe('the steps refuse what would give a wrong gradebook', () => {
  it('a merge missing a part: nothing is written', async () => {
    const out = path.join(root, 'incomplete')
    const result = await command(
      process.execPath,
      [
        classroomBin,
        'merge',
        path.join(collector, 'collected'),
        path.join(root, 'runner-1', 'part'),
        '--out',
        out,
      ],
      {},
    )
    expect(result.code).toBe(2)
    expect(result.output).toMatch(
      /collected students are not in .*grades\.csv .*; merge every part of the class/,
    )
    expect(readdirSync(root).filter((name) => name.includes('incomplete'))).toEqual([])
  })

  it('more runners than students: one part per student, none empty', async () => {
    const work = path.join(root, 'crowded')
    mkdirSync(work)
    const result = await step('collect', {
      WORK: work,
      RUNNERS: '50',
      GITHUB_OUTPUT: path.join(work, 'output'),
    })
    expect(result.code, result.output).toBe(0)
    expect(readFileSync(path.join(work, 'output'), 'utf8')).toBe(
      `shards=[${klass.roster.map((_, i) => i + 1).join(',')}]\n`,
    )
  })

  it('a step without its inputs names the one missing', async () => {
    const result = await step('grade', { WORK: root, SHARD: '' })
    expect(result.code).toBe(2)
    expect(result.output).toContain('actions.sh grade: SHARD is not set')
  })
})
