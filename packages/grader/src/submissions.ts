/**
 * Finds each student's exercises in a submissions folder and reads them into memory. An entry (a
 * folder or a .zip, named after the student) holds a copy of the course, or just its exercises/
 * folder, possibly one folder deeper (as GitHub's "Download ZIP" makes it). Only the source files
 * of `exercises/<slug>/src/**` are ever read, within caps on each file, on their total and on
 * their count; nothing is written to disk. Whatever is wrong with an entry (a corrupt zip, a link
 * out of it, a name no file system takes, a bomb) is that student's alone: a SubmissionError
 * whose message the student reads, while grading goes on.
 */
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync, type Dirent } from 'node:fs'
import path from 'node:path'
import yauzl from 'yauzl'

export interface Submission {
  /** The entry's name without `.zip`: the student's id, kept exactly (spaces, accents, quotes). */
  student: string
  /** The folder or .zip file. */
  entry: string
  /** Set when the entry cannot be graded at all (a duplicate, not a folder or a zip). */
  problem?: string
}

/** Each found exercise's source files, by path relative to its src/. */
export type Sources = Map<string, Record<string, string>>

/** A submission that cannot be taken as it is; the student's feedback says why. */
export class SubmissionError extends Error {
  override name = 'SubmissionError'
}

export const LIMITS = {
  fileBytes: 1024 * 1024,
  totalBytes: 8 * 1024 * 1024,
  /** Source files of all exercises together. */
  files: 2_000,
  /** Entries looked at in one folder walk or one zip's directory. */
  entries: 100_000,
  depth: 16,
}

const SOURCE = /\.(c|m)?(t|j)sx?$|\.json$/

/** Every student's entry in `dir`, sorted by id; entries that cannot be graded carry a problem. */
export function listSubmissions(dir: string): Submission[] {
  let entries: Dirent[]
  try {
    entries = readdirSync(dir, { withFileTypes: true })
  } catch {
    throw new Error(`${dir}: no such folder; pass the folder that holds one entry per student`)
  }
  const byStudent = new Map<string, Submission>()
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue
    const full = path.join(dir, entry.name)
    const zip = entry.isFile() && entry.name.toLowerCase().endsWith('.zip')
    const student = zip ? entry.name.slice(0, -'.zip'.length) : entry.name
    const submission: Submission = { student, entry: full }
    if (!zip && !entry.isDirectory())
      submission.problem = `${entry.name} is not a folder or a .zip${entry.isSymbolicLink() ? ' (a symbolic link)' : ''}; submit one of those`
    const other = byStudent.get(student)
    if (other) {
      other.problem = `two entries, ${path.basename(other.entry)} and ${entry.name}; keep one`
      continue
    }
    byStudent.set(student, submission)
  }
  return [...byStudent.values()].sort((a, b) => (a.student < b.student ? -1 : 1))
}

/** Reads the student's `exercises/<slug>/src/**` for each slug that is there. */
export async function takeSources(submission: Submission, slugs: string[]): Promise<Sources> {
  if (submission.problem) throw new SubmissionError(submission.problem)
  const budget = { bytes: 0, files: 0 }
  return lstatSync(submission.entry).isFile()
    ? fromZip(submission.entry, slugs, budget)
    : fromFolder(submission.entry, slugs, budget)
}

interface Budget {
  bytes: number
  files: number
}

function charge(budget: Budget, name: string, bytes: number): void {
  budget.files += 1
  budget.bytes += bytes
  if (bytes > LIMITS.fileBytes)
    throw new SubmissionError(`${name} is larger than 1 MB; is it really source code?`)
  if (budget.bytes > LIMITS.totalBytes)
    throw new SubmissionError(
      `the src/ folders hold more than ${LIMITS.totalBytes / 1024 / 1024} MB of code`,
    )
  if (budget.files > LIMITS.files)
    throw new SubmissionError(`the src/ folders hold more than ${LIMITS.files} files`)
}

// ---- folders ----

function fromFolder(entry: string, slugs: string[], budget: Budget): Sources {
  const root = realpathSync(entry)
  /** A path's real location, refused when a link leads it out of the entry. */
  const inside = (dir: string): string | undefined => {
    let real: string
    try {
      real = realpathSync(dir)
      if (!statSync(real).isDirectory()) return undefined
    } catch {
      return undefined
    }
    if (path.relative(root, real).startsWith('..'))
      throw new SubmissionError(
        `${path.relative(entry, dir)} is a link to a folder outside the submission`,
      )
    return real
  }
  const exercisesDir = findLayout(entry, (dir) =>
    slugs.some((slug) => inside(path.join(dir, slug, 'src')) !== undefined),
  )
  const sources: Sources = new Map()
  if (!exercisesDir) return sources
  for (const slug of slugs) {
    const src = inside(path.join(exercisesDir, slug, 'src'))
    if (!src) continue
    const files: Record<string, string> = {}
    walk(src, '', files, budget, `exercises/${slug}/src`, { entries: 0 })
    sources.set(slug, files)
  }
  return sources
}

/** The folder holding `<slug>/` folders: `exercises/` of a course copy, the entry itself, or either one level down. */
function findLayout(root: string, holds: (dir: string) => boolean): string | undefined {
  const candidates = (dir: string) => [path.join(dir, 'exercises'), dir]
  for (const dir of candidates(root)) if (holds(dir)) return dir
  const children = readdirSync(root, { withFileTypes: true }).filter(
    (child) => (child.isDirectory() || child.isSymbolicLink()) && !child.name.startsWith('.'),
  )
  if (children.length !== 1) return undefined
  return candidates(path.join(root, (children[0] as Dirent).name)).find(holds)
}

function walk(
  dir: string,
  relative: string,
  files: Record<string, string>,
  budget: Budget,
  shown: string,
  seen: { entries: number },
): void {
  if (relative.split('/').length > LIMITS.depth)
    throw new SubmissionError(`${shown}/${relative} is nested too deep`)
  for (const child of readdirSync(dir, { withFileTypes: true })) {
    if ((seen.entries += 1) > LIMITS.entries)
      throw new SubmissionError(`${shown} holds more than ${LIMITS.entries} entries`)
    const name = relative ? `${relative}/${child.name}` : child.name
    if (child.isSymbolicLink())
      throw new SubmissionError(`${shown}/${name} is a symbolic link; submit plain files only`)
    const full = path.join(dir, child.name)
    if (child.isDirectory()) walk(full, name, files, budget, shown, seen)
    else if (child.isFile() && SOURCE.test(child.name)) {
      charge(budget, `${shown}/${name}`, lstatSync(full).size)
      files[name] = readFileSync(full, 'utf8')
    }
  }
}

// ---- zips ----

async function fromZip(file: string, slugs: string[], budget: Budget): Promise<Sources> {
  const label = path.basename(file)
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(
      file,
      { lazyEntries: true, autoClose: false, strictFileNames: false, decodeStrings: true },
      (error, opened) =>
        error
          ? reject(new SubmissionError(`${label} is not a zip that can be read (${error.message})`))
          : resolve(opened),
    ),
  )
  try {
    const entries = await listEntries(zip, label)
    const names = new Set(entries.map((entry) => entry.fileName))
    const tops = new Set(
      [...names]
        .map((name) => name.split('/')[0])
        .filter((top) => top && !top.startsWith('.') && top !== '__MACOSX'),
    )
    const prefixes = ['', ...(tops.size === 1 ? [`${[...tops][0]}/`] : [])].flatMap((prefix) => [
      `${prefix}exercises/`,
      prefix,
    ])
    const holds = (prefix: string) =>
      slugs.some((slug) => [...names].some((name) => name.startsWith(`${prefix}${slug}/src/`)))
    const prefix = prefixes.find(holds)
    const sources: Sources = new Map()
    if (prefix === undefined) return sources
    for (const entry of entries) {
      const name = entry.fileName
      const slug = slugs.find((each) => name.startsWith(`${prefix}${each}/src/`))
      if (!slug || name.endsWith('/')) continue
      const relative = name.slice(`${prefix}${slug}/src/`.length)
      if (relative.split('/').length > LIMITS.depth)
        throw new SubmissionError(`${label}: exercises/${slug}/src/${relative} is nested too deep`)
      const mode = (entry.externalFileAttributes >>> 16) & 0o170000
      if (mode === 0o120000)
        throw new SubmissionError(
          `${label}: exercises/${slug}/src/${relative} is a symbolic link; submit plain files only`,
        )
      if (!SOURCE.test(relative)) continue
      const shown = `exercises/${slug}/src/${relative}`
      const text = await readEntry(zip, entry, label, shown)
      charge(budget, shown, Buffer.byteLength(text))
      const files = sources.get(slug) ?? {}
      files[relative] = text
      sources.set(slug, files)
    }
    return sources
  } finally {
    zip.close()
  }
}

/** Every entry of the zip's directory (names checked), without reading any content. */
function listEntries(zip: yauzl.ZipFile, label: string): Promise<yauzl.Entry[]> {
  const entries: yauzl.Entry[] = []
  return new Promise((resolve, reject) => {
    // yauzl itself refuses absolute and "../" names; they reject the whole zip.
    zip.on('error', (error: Error) =>
      reject(new SubmissionError(`${label}: ${error.message}; the zip was refused`)),
    )
    zip.on('end', () => resolve(entries))
    zip.on('entry', (entry: yauzl.Entry) => {
      entry.fileName = entry.fileName.replaceAll('\\', '/')
      // eslint-disable-next-line no-control-regex
      if (/[\u0000-\u001f]/.test(entry.fileName))
        return reject(
          new SubmissionError(
            `${label}: a file name holds a control character (such as NUL); the zip was refused`,
          ),
        )
      if (entries.push(entry) > LIMITS.entries)
        return reject(new SubmissionError(`${label} holds more than ${LIMITS.entries} entries`))
      zip.readEntry()
    })
    zip.readEntry()
  })
}

/** One entry's text, read with the per-file cap counted on what actually inflates. */
function readEntry(
  zip: yauzl.ZipFile,
  entry: yauzl.Entry,
  label: string,
  shown: string,
): Promise<string> {
  if (entry.uncompressedSize > LIMITS.fileBytes)
    return Promise.reject(
      new SubmissionError(`${shown} is larger than 1 MB; is it really source code?`),
    )
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error)
        return reject(new SubmissionError(`${label}: ${shown} cannot be read (${error.message})`))
      const chunks: Buffer[] = []
      let size = 0
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length
        if (size > LIMITS.fileBytes) {
          stream.destroy()
          reject(
            new SubmissionError(`${shown} inflates to more than 1 MB; is it really source code?`),
          )
        } else chunks.push(chunk)
      })
      stream.on('error', (cause: Error) =>
        reject(new SubmissionError(`${label}: ${shown} cannot be read (${cause.message})`)),
      )
      stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    })
  })
}
