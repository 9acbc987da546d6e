/**
 * Writes the repository students receive: the course without what gives the answers away (each
 * exercise's solution/ and mistakes/, and every package whose package.json says
 * `"iterlings": { "release": false }`: the maintainers' proof and tools), with a student README,
 * scripts whose `pnpm test` shows the starters' failures, the GitHub Classroom workflow, and each
 * exercise's starter recorded for reset. The release then checks itself: no block of any solution
 * or mistake may appear in it. With `withSolutions` (the instructor's choice) the solutions stay,
 * and the CLI shows one only once its exercise passes.
 */
import { execFileSync } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { recordStarters } from 'iterlings/starters'

const TEMPLATES = fileURLToPath(new URL('../templates/', import.meta.url))

/** Paths (relative to the course root) that never go to students, whatever package they are in. */
const WITHHELD = [
  /^exercises\/[^/]+\/(mistakes|\.proof)\//,
  // The tools' own tests and benchmarks: students run the exercises' tests, not these.
  /^packages\/[^/]+\/(test|bench)\//,
  /^(reports|scripts|\.ci|\.github)\//,
  /^CONTRIBUTING\.md$/,
]
const SOLUTIONS = /^exercises\/[^/]+\/solution\//

/** The root scripts a student has a use for; `test` is rewritten to run the exercises. */
const STUDENT_SCRIPTS = [
  'start',
  'lint',
  'typecheck',
  'format',
  'format:check',
  'docs:dev',
  'docs:build',
  'grade',
]

export interface ReleaseOptions {
  courseRoot: string
  outDir: string
  /** Keep each exercise's model solution (the CLI shows it once the exercise passes). */
  withSolutions?: boolean
  /** Refresh pnpm-lock.yaml for the packages that remain (needs the npm registry or a warm store). */
  lockfile?: boolean
}

export function release({
  courseRoot,
  outDir,
  withSolutions = false,
  lockfile = true,
}: ReleaseOptions): string[] {
  if (existsSync(outDir) && readdirSync(outDir).length > 0)
    throw new Error(`${outDir} is not empty; release into a new folder`)
  const all = courseFiles(courseRoot)
  const withheld = withheldPackages(courseRoot, all)
  const folders = withheld.map(({ folder }) => `${folder}/`)
  const files = all.filter(
    (file) =>
      !WITHHELD.some((rule) => rule.test(file)) &&
      (withSolutions || !SOLUTIONS.test(file)) &&
      !folders.some((folder) => file.startsWith(folder)),
  )
  for (const file of files) {
    mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true })
    cpSync(path.join(courseRoot, file), path.join(outDir, file))
  }
  rewriteManifests(
    outDir,
    files,
    withheld.map(({ name }) => name),
  )
  cpSync(path.join(TEMPLATES, 'README.md'), path.join(outDir, 'README.md'))
  mkdirSync(path.join(outDir, '.github', 'workflows'), { recursive: true })
  cpSync(
    path.join(TEMPLATES, 'classroom.yml'),
    path.join(outDir, '.github', 'workflows', 'classroom.yml'),
  )
  recordReleaseStarters(outDir)
  if (lockfile) {
    execFileSync(
      'pnpm',
      ['install', '--lockfile-only', '--no-frozen-lockfile', '--ignore-scripts', '--silent'],
      { cwd: outDir, stdio: 'inherit' },
    )
  }
  const leaks = findLeaks(courseRoot, outDir, { withSolutions })
  if (leaks.length > 0) {
    rmSync(outDir, { recursive: true, force: true })
    throw new Error(
      `solution text leaked into the release, which was removed:\n${leaks.join('\n')}`,
    )
  }
  return files
}

/** The course's files as git sees them: tracked, plus new ones not ignored (so never node_modules or dist). */
function courseFiles(courseRoot: string): string[] {
  try {
    return execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
      cwd: courseRoot,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    })
      .split('\0')
      .filter((file) => file && existsSync(path.join(courseRoot, file)))
  } catch {
    throw new Error(`${courseRoot} is not a git checkout; release from a clone of the course`)
  }
}

/** Workspace packages whose package.json says `"iterlings": { "release": false }`. */
export function withheldPackages(
  courseRoot: string,
  files: string[] = courseFiles(courseRoot),
): Array<{ name: string; folder: string }> {
  return files
    .filter((file) => path.basename(file) === 'package.json' && file !== 'package.json')
    .map((file) => ({ file, manifest: readJson(path.join(courseRoot, file)) }))
    .filter(({ manifest }) => manifest.iterlings?.release === false)
    .map(({ file, manifest }) => ({
      name: String(manifest.name),
      folder: path.dirname(file).split(path.sep).join('/'),
    }))
}

function rewriteManifests(outDir: string, files: string[], withheld: string[]): void {
  for (const file of files.filter((name) => path.basename(name) === 'package.json')) {
    const manifest = readJson(path.join(outDir, file))
    for (const field of ['dependencies', 'devDependencies', 'peerDependencies'] as const)
      for (const name of withheld) delete manifest[field]?.[name]
    if (manifest.scripts) {
      delete manifest.scripts.proof
      if (file === 'package.json') studentScripts(manifest.scripts)
    }
    writeJson(path.join(outDir, file), manifest)
  }
  const turbo = readJson(path.join(outDir, 'turbo.json')) as { tasks?: Record<string, unknown> }
  delete turbo.tasks?.proof
  writeJson(path.join(outDir, 'turbo.json'), turbo)
}

function studentScripts(scripts: Record<string, string>): void {
  for (const name of Object.keys(scripts))
    if (!STUDENT_SCRIPTS.includes(name))
      // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- dropping every script a student has no use for
      delete scripts[name]
  scripts.test = 'turbo run test --filter=./exercises/* --continue --output-logs=errors-only'
}

/**
 * The starters as this release ships them, recorded where reset finds them, and committed with the
 * release: the course's .gitignore leaves the record out of the course's own repository.
 */
function recordReleaseStarters(outDir: string): void {
  const { exercises } = readJson(path.join(outDir, 'course.json')) as {
    exercises: Array<{ slug: string }>
  }
  recordStarters(
    outDir,
    exercises.map(({ slug }) => slug),
    { fromFiles: true },
  )
  const gitignore = path.join(outDir, '.gitignore')
  if (existsSync(gitignore)) {
    const kept = readFileSync(gitignore, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '/.iterlings/')
    writeFileSync(gitignore, kept.join('\n'))
  }
}

interface Manifest {
  name?: string
  iterlings?: { release?: boolean }
  scripts?: Record<string, string>
  dependencies?: Record<string, string>
  devDependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
}

function readJson(file: string): Manifest {
  return JSON.parse(readFileSync(file, 'utf8')) as Manifest
}

function writeJson(file: string, value: unknown): void {
  writeFileSync(file, JSON.stringify(value, null, 2) + '\n')
}

/** Lines in a row that make a leak: hints may show a line or two of an answer, never a block. */
export const LEAK_BLOCK = 5

/**
 * Blocks of the course's solutions and mistakes that appear in the release: LEAK_BLOCK consecutive
 * code lines (blank lines and comments aside, indentation ignored) of a solution or mistake file,
 * found together in one released file. A block the course also publishes elsewhere (a starter's
 * given class, a docs example, a hint) is public already and does not count. With the solutions
 * released, only the mistakes are secret (and the solution folders themselves are not searched).
 */
export function findLeaks(
  courseRoot: string,
  releaseDir: string,
  { withSolutions = false } = {},
): string[] {
  const secretFiles = withSolutions
    ? /^exercises\/[^/]+\/mistakes\//
    : /^exercises\/[^/]+\/(solution|mistakes)\//
  const secret = new Map<string, string>()
  const published = new Set<string>()
  for (const file of courseFiles(courseRoot)) {
    const withheld = secretFiles.test(file)
    // The solutions' own blocks are published too when they are released.
    if (!withheld && withSolutions && SOLUTIONS.test(file)) continue
    for (const block of blocksOf(readFileSync(path.join(courseRoot, file), 'utf8'))) {
      if (withheld) secret.set(block, file)
      else published.add(block)
    }
  }
  for (const block of published) secret.delete(block)
  const leaks: string[] = []
  for (const [file, text] of readTree(releaseDir)) {
    if (withSolutions && SOLUTIONS.test(file)) continue
    const found = blocksOf(text).find((block) => secret.has(block))
    if (found) leaks.push(`${file}: ${LEAK_BLOCK} lines in a row from ${secret.get(found)}`)
  }
  return leaks
}

function blocksOf(text: string): string[] {
  const lines = codeLines(text)
  return Array.from({ length: Math.max(0, lines.length - LEAK_BLOCK + 1) }, (_, at) =>
    lines.slice(at, at + LEAK_BLOCK).join('\n'),
  )
}

/** Lines that carry code, without indentation: comments and blank lines are not an answer. */
function codeLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(
      (line) => line && !line.startsWith('//') && !line.startsWith('*') && !line.startsWith('/*'),
    )
}

/** [path relative to dir (forward slashes), content] of every file under dir, node_modules aside. */
function readTree(dir: string): Array<[string, string]> {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.parentPath.includes('node_modules'))
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name)
      return [path.relative(dir, file).split(path.sep).join('/'), readFileSync(file, 'utf8')]
    })
}
