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
import { isUtf8 } from 'node:buffer'
import path from 'node:path'
import yauzl from 'yauzl'
import { decodeName, shownId } from './formats/text.ts'

export interface Submission {
  /**
   * The entry's name without `.zip`: the student's id, kept exactly (spaces, accents, quotes; a
   * byte that is not UTF-8 as text.ts's decodeName keeps it).
   */
  student: string
  /** The folder or .zip file, as bytes: its name need not be UTF-8. */
  entry: Buffer
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

/** A path below `dir`, as bytes (file names are read as bytes, since they need not be UTF-8). */
const join = (dir: Buffer, ...names: Array<Buffer | string>): Buffer =>
  Buffer.concat([dir, ...names.flatMap((name) => [Buffer.from(path.sep), Buffer.from(name)])])

const list = (dir: Buffer): Array<Dirent<Buffer>> =>
  readdirSync(dir, { withFileTypes: true, encoding: 'buffer' })

/** Every student's entry in `dir`, sorted by id; entries that cannot be graded carry a problem. */
export function listSubmissions(dir: string): Submission[] {
  let entries: Array<Dirent<Buffer>>
  try {
    entries = list(Buffer.from(dir))
  } catch {
    throw new Error(`${dir}: no such folder; pass the folder that holds one entry per student`)
  }
  const byStudent = new Map<string, Submission>()
  const names = new Map<Submission, string>()
  for (const entry of entries) {
    const name = decodeName(entry.name)
    if (name.startsWith('.')) continue
    const full = join(Buffer.from(dir), entry.name)
    const zip = entry.isFile() && name.toLowerCase().endsWith('.zip')
    const student = zip ? name.slice(0, -'.zip'.length) : name
    const submission: Submission = { student, entry: full }
    names.set(submission, name)
    if (!zip && !entry.isDirectory())
      submission.problem = `${shownId(name)} is not a folder or a .zip${entry.isSymbolicLink() ? ' (a symbolic link)' : ''}; submit one of those`
    const other = byStudent.get(student)
    if (other) {
      other.problem = `two entries, ${shownId(names.get(other) as string)} and ${shownId(name)}; keep one`
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
    ? fromZip(submission.entry, `${shownId(submission.student)}.zip`, slugs, budget)
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

function fromFolder(entry: Buffer, slugs: string[], budget: Budget): Sources {
  // The native realpath: the other one turns a path of bytes into a string first.
  const root = realpathSync.native(entry, { encoding: 'buffer' })
  /** A folder's real location, refused when a link leads it out of the entry. */
  const inside = ({ dir, shown }: Place): Buffer | undefined => {
    let real: Buffer
    try {
      real = realpathSync.native(dir, { encoding: 'buffer' })
      if (!statSync(real).isDirectory()) return undefined
    } catch {
      return undefined
    }
    if (!within(root, real))
      throw new SubmissionError(`${shown} is a link to a folder outside the submission`)
    return real
  }
  const srcOf = (place: Place, slug: string): Place => ({
    dir: join(place.dir, slug, 'src'),
    shown: `${place.shown}${slug}/src`,
  })
  const exercisesDir = findLayout(entry, (place) =>
    slugs.some((slug) => inside(srcOf(place, slug)) !== undefined),
  )
  const sources: Sources = new Map()
  if (!exercisesDir) return sources
  for (const slug of slugs) {
    const src = inside(srcOf(exercisesDir, slug))
    if (!src) continue
    const files: Record<string, string> = {}
    walk(src, '', files, budget, `exercises/${slug}/src`, { entries: 0 })
    sources.set(slug, files)
  }
  return sources
}

/** A folder of the entry, and how the student would name it. */
interface Place {
  dir: Buffer
  shown: string
}

const SEPARATOR = path.sep.charCodeAt(0)
const within = (root: Buffer, real: Buffer) =>
  real.equals(root) ||
  (real.length > root.length &&
    real.subarray(0, root.length).equals(root) &&
    real[root.length] === SEPARATOR)

/** The folder holding `<slug>/` folders: `exercises/` of a course copy, the entry itself, or either one level down. */
function findLayout(root: Buffer, holds: (place: Place) => boolean): Place | undefined {
  const candidates = (place: Place): Place[] => [
    { dir: join(place.dir, 'exercises'), shown: `${place.shown}exercises/` },
    place,
  ]
  const top = candidates({ dir: root, shown: '' }).find(holds)
  if (top) return top
  const children = list(root).filter(
    (child) =>
      (child.isDirectory() || child.isSymbolicLink()) && !decodeName(child.name).startsWith('.'),
  )
  if (children.length !== 1) return undefined
  const [child] = children as [Dirent<Buffer>]
  return candidates({ dir: join(root, child.name), shown: `${decodeName(child.name)}/` }).find(
    holds,
  )
}

/**
 * Reads the source files under `dir`. A name that is not UTF-8 is left out: no import can name
 * it, so it cannot be part of the program (an import of it fails to compile, naming the import).
 */
function walk(
  dir: Buffer,
  relative: string,
  files: Record<string, string>,
  budget: Budget,
  shown: string,
  seen: { entries: number },
): void {
  if (relative.split('/').length > LIMITS.depth)
    throw new SubmissionError(`${shown}/${relative} is nested too deep`)
  for (const child of list(dir)) {
    if ((seen.entries += 1) > LIMITS.entries)
      throw new SubmissionError(`${shown} holds more than ${LIMITS.entries} entries`)
    if (!isUtf8(child.name)) continue
    const childName = child.name.toString('utf8')
    const name = relative ? `${relative}/${childName}` : childName
    if (child.isSymbolicLink())
      throw new SubmissionError(`${shown}/${name} is a symbolic link; submit plain files only`)
    const full = join(dir, child.name)
    if (child.isDirectory()) walk(full, name, files, budget, shown, seen)
    else if (child.isFile() && SOURCE.test(childName)) {
      charge(budget, `${shown}/${name}`, lstatSync(full).size)
      files[name] = readFileSync(full, 'utf8')
    }
  }
}

// ---- zips ----

async function fromZip(
  file: Buffer,
  label: string,
  slugs: string[],
  budget: Budget,
): Promise<Sources> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(
      // fs.open takes a path as bytes; yauzl hands it on as it is.
      file as unknown as string,
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
