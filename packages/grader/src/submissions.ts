/**
 * Finds each student's exercises in a submissions folder. An entry (a folder or a .zip, named after
 * the student) holds a copy of the course, or just its exercises/ folder, possibly one folder deeper
 * (as GitHub's "Download ZIP" makes it). Only `exercises/<slug>/src/**` is ever taken, as plain
 * files: symbolic links, oversized files and zip entries that would land outside their folder are
 * refused, so a submission can neither smuggle in a path nor read one.
 */
import { createWriteStream, lstatSync, mkdirSync, readdirSync, type Dirent } from 'node:fs'
import { copyFile } from 'node:fs/promises'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import yauzl from 'yauzl'

export interface Submission {
  /** The entry's name without `.zip`: the student's id, kept exactly (spaces, accents, quotes). */
  student: string
  /** The folder or .zip file. */
  entry: string
}

/** A submission that cannot be taken as it is; the student's feedback says why. */
export class SubmissionError extends Error {
  override name = 'SubmissionError'
}

const MAX_FILE_BYTES = 1024 * 1024
const MAX_ZIP_BYTES = 200 * 1024 * 1024
const MAX_ZIP_ENTRIES = 20_000

/** Every student's entry in `dir`, sorted by id. Throws a clear error for anything unexpected. */
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
    let student: string
    if (entry.isDirectory()) student = entry.name
    else if (entry.isFile() && entry.name.toLowerCase().endsWith('.zip'))
      student = entry.name.slice(0, -'.zip'.length)
    else
      throw new Error(
        `${full}: not a folder or a .zip; each entry in ${dir} must be one student's folder or .zip`,
      )
    const other = byStudent.get(student)
    if (other)
      throw new Error(`two entries for student "${student}": ${other.entry} and ${full}; keep one`)
    byStudent.set(student, { student, entry: full })
  }
  return [...byStudent.values()].sort((a, b) => (a.student < b.student ? -1 : 1))
}

/**
 * Copies the student's `exercises/<slug>/src/**` for each slug into `into/<slug>/src/` and returns
 * the slugs that were found. A .zip is unpacked first, into `scratch`.
 */
export async function takeSources(
  submission: Submission,
  slugs: string[],
  into: string,
  scratch: string,
): Promise<Set<string>> {
  let root = submission.entry
  if (lstatSync(root).isFile()) {
    root = path.join(scratch, 'unzipped')
    await unzip(submission.entry, root)
  }
  const exercisesDir = findExercisesDir(root, slugs)
  const found = new Set<string>()
  if (!exercisesDir) return found
  for (const slug of slugs) {
    const src = path.join(exercisesDir, slug, 'src')
    if (!isPlainDirectory(src)) continue
    await copyTree(src, path.join(into, slug, 'src'))
    found.add(slug)
  }
  return found
}

function isPlainDirectory(dir: string): boolean {
  try {
    return lstatSync(dir).isDirectory()
  } catch {
    return false
  }
}

/** The folder holding `<slug>/` folders: `exercises/` of a course copy, the entry itself, or either one level down. */
function findExercisesDir(root: string, slugs: string[]): string | undefined {
  const holdsExercises = (dir: string) =>
    slugs.some((slug) => isPlainDirectory(path.join(dir, slug)))
  const candidates = (dir: string) => [path.join(dir, 'exercises'), dir]
  for (const dir of candidates(root)) if (holdsExercises(dir)) return dir
  const children = readdirSync(root, { withFileTypes: true }).filter(
    (child) => child.isDirectory() && !child.name.startsWith('.'),
  )
  if (children.length === 1) {
    for (const dir of candidates(path.join(root, (children[0] as Dirent).name)))
      if (holdsExercises(dir)) return dir
  }
  return undefined
}

async function copyTree(from: string, to: string): Promise<void> {
  mkdirSync(to, { recursive: true })
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name)
    const target = path.join(to, entry.name)
    if (entry.isSymbolicLink()) {
      throw new SubmissionError(
        `${path.basename(from)}/${entry.name} is a symbolic link; submit plain files only`,
      )
    }
    if (entry.isDirectory()) await copyTree(source, target)
    else if (entry.isFile()) {
      if (lstatSync(source).size > MAX_FILE_BYTES)
        throw new SubmissionError(`${entry.name} is larger than 1 MB; is it really source code?`)
      await copyFile(source, target)
    }
  }
}

/** Unpacks a zip, refusing entries that would land outside `into` and links of any kind. */
async function unzip(file: string, into: string): Promise<void> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(file, { lazyEntries: true, strictFileNames: false }, (error, opened) =>
      error
        ? reject(new SubmissionError(`${path.basename(file)}: ${error.message}`))
        : resolve(opened),
    ),
  )
  let total = 0
  let count = 0
  try {
    await new Promise<void>((resolve, reject) => {
      // yauzl itself refuses absolute and "../" names; the check below holds whatever it does.
      zip.on('error', (error: Error) =>
        reject(
          new SubmissionError(`${path.basename(file)}: ${error.message}; the zip was rejected`),
        ),
      )
      zip.on('end', resolve)
      zip.on('entry', (entry: yauzl.Entry) => {
        const name = entry.fileName.replaceAll('\\', '/')
        const target = path.resolve(into, name)
        if (path.isAbsolute(name) || path.relative(into, target).startsWith('..')) {
          return reject(
            new SubmissionError(
              `${path.basename(file)}: the entry "${entry.fileName}" would land outside its folder; the zip was rejected`,
            ),
          )
        }
        const mode = (entry.externalFileAttributes >>> 16) & 0o170000
        count += 1
        total += entry.uncompressedSize
        if (count > MAX_ZIP_ENTRIES || total > MAX_ZIP_BYTES) {
          return reject(new SubmissionError(`${path.basename(file)}: the zip unpacks to too much`))
        }
        if (mode === 0o120000 || name.endsWith('/')) {
          if (name.endsWith('/')) mkdirSync(target, { recursive: true })
          return zip.readEntry() // Directories are made as files need them; links are skipped.
        }
        mkdirSync(path.dirname(target), { recursive: true })
        zip.openReadStream(entry, (error, stream) => {
          if (error) return reject(new SubmissionError(`${path.basename(file)}: ${error.message}`))
          pipeline(stream, createWriteStream(target)).then(() => zip.readEntry(), reject)
        })
      })
      zip.readEntry()
    })
  } finally {
    zip.close()
  }
}
