/**
 * The pristine starter of each exercise, as the course shipped it: a copy under
 * .iterlings/starters/<slug>/ at the course root, written once and never by the student's edits.
 * The student release carries it (written when the release is made); a clone of the course
 * writes it at its first `pnpm install` (this file's `record` command, the CLI's prepare script),
 * from git's HEAD, which a fresh clone has as the course left it. Reset copies it back, with or
 * without git, after any number of the student's commits.
 *
 * Plain JavaScript that needs nothing built, since it runs while the course installs.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const STARTERS = path.join('.iterlings', 'starters')

/** The files of an exercise's src/, relative to it, with forward slashes. */
function filesUnder(dir) {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
    )
    .sort()
}

function git(root, args) {
  return execFileSync('git', args, {
    cwd: root,
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'ignore'],
  })
}

/** src/ of the exercise as git's HEAD holds it, or undefined where git does not (no git, a new folder). */
function fromGit(root, slug) {
  const src = `exercises/${slug}/src/`
  try {
    const names = git(root, ['ls-tree', '-r', '--name-only', 'HEAD', '--', src])
      .toString()
      .split('\n')
      .filter(Boolean)
    if (names.length === 0) return undefined
    return names.map((name) => ({
      name: name.slice(src.length),
      text: git(root, ['show', `HEAD:${name}`]),
    }))
  } catch {
    return undefined
  }
}

function write(dir, files) {
  for (const { name, text } of files) {
    const target = path.join(dir, ...name.split('/'))
    mkdirSync(path.dirname(target), { recursive: true })
    writeFileSync(target, text)
  }
}

/**
 * Records the starter of every exercise that has none yet, from git's HEAD, else (`fromFiles`, as
 * the release does with the course's own folder) from the files. Returns the slugs recorded.
 */
export function recordStarters(root, slugs, { fromFiles = false } = {}) {
  const recorded = []
  for (const slug of slugs) {
    const dir = path.join(root, STARTERS, slug)
    const src = path.join(root, 'exercises', slug, 'src')
    if (existsSync(dir) || !existsSync(src)) continue
    const files = fromFiles
      ? filesUnder(src).map((name) => ({ name, text: readFileSync(path.join(src, name)) }))
      : fromGit(root, slug)
    if (!files) continue
    write(dir, files)
    recorded.push(slug)
  }
  return recorded
}

/** Writes the recorded starter back over the exercise's src/; returns the files written, course-relative. */
export function restoreStarter(root, slug) {
  const dir = path.join(root, STARTERS, slug)
  let files = filesUnder(dir).map((name) => ({ name, text: readFileSync(path.join(dir, name)) }))
  if (files.length === 0) {
    // An exercise that came after the install (a git pull): git's HEAD has it as the course made it.
    files = fromGit(root, slug) ?? []
    if (files.length === 0)
      throw new Error(
        `no starter of ${slug} is recorded (${STARTERS.split(path.sep).join('/')}/${slug}): run pnpm install to record it`,
      )
    write(dir, files)
  }
  write(path.join(root, 'exercises', slug, 'src'), files)
  return files.map(({ name }) => `exercises/${slug}/src/${name}`)
}

function courseRoot(from) {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'course.json'))) return dir
    if (path.dirname(dir) === dir) return undefined
  }
}

// `node starters.js record`: the CLI package's prepare script, on every pnpm install.
if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2] === 'record') {
  const root = courseRoot(process.cwd())
  if (root) {
    const { exercises } = JSON.parse(readFileSync(path.join(root, 'course.json'), 'utf8'))
    recordStarters(
      root,
      exercises.map(({ slug }) => slug),
    )
  }
}
