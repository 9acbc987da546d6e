/**
 * Writes the gradebook folder all at once: everything goes into a fresh folder beside the target,
 * which then takes the target's place. A crash leaves the old gradebook (or none), never half a new one.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import path from 'node:path'
import type { Gradebook, StudentGrade } from './grade.ts'
import { classroomResults } from './formats/classroom.ts'
import { gradesCsv, readGradesCsv, studentCell, writeGradesCsv } from './formats/csv.ts'
import { exercismResult } from './formats/exercism.ts'
import { feedbackMarkdown } from './formats/feedback.ts'
import { gradescopeResult } from './formats/gradescope.ts'
import type { HiddenFeedback } from './formats/hidden.ts'
import { cleanText, fileName, jsonText, shownId } from './formats/text.ts'

export const FORMATS = ['gradescope', 'classroom'] as const
export type Format = (typeof FORMATS)[number]

/** What a gradebook folder says about itself, so shards can be checked before they are merged. */
export interface GradingInfo {
  course: string
  exercises: Array<{ slug: string; points: number; tests: number }>
  formats: Format[]
  hiddenFeedback: HiddenFeedback
  isolation: string
  /** Every student's exact id, in the order of grades.csv's rows. */
  students: string[]
  /** Each student's folder in the gradebook, when it is not their id (see studentFolders). */
  folders: Record<string, string>
}

export const INFO_FILE = 'grading.json'
export const CSV_FILE = 'grades.csv'
/** Names a student folder cannot have, since the gradebook's own files sit beside the student folders. */
export const RESERVED_NAMES = [INFO_FILE, CSV_FILE]

/**
 * Writes the gradebook. Each student's files are made in memory first: should that fail for one
 * student (a grader bug), their folder says so and grading goes on for the others; the returned
 * warnings name them.
 */
export function writeGradebook(
  outDir: string,
  book: Gradebook,
  courseTitle: string,
  formats: Format[],
  hiddenFeedback: HiddenFeedback = 'none',
): string[] {
  const students = book.students.map(({ student }) => student)
  const folders = studentFolders(students)
  const warnings: string[] = []
  replaceAtomically(outDir, (dir) => {
    writeFileSync(path.join(dir, CSV_FILE), gradesCsv(book))
    const info: GradingInfo = {
      course: courseTitle,
      exercises: book.exercises.map(({ slug, points, plan }) => ({
        slug,
        points,
        tests: plan.length,
      })),
      formats,
      hiddenFeedback,
      isolation: book.isolation,
      students,
      folders: renamed(folders),
    }
    writeJson(path.join(dir, INFO_FILE), info)
    for (const student of book.students) {
      const studentDir = path.join(dir, folders.get(student.student) as string)
      let files: Map<string, string>
      try {
        files = studentFiles(student, courseTitle, formats, hiddenFeedback)
      } catch (error) {
        const reason = cleanText(error instanceof Error ? error.message : String(error))
        warnings.push(
          `${shownId(student.student)}: the grader could not write the feedback (${reason}); the grade in ${CSV_FILE} stands`,
        )
        files = new Map([
          [
            'feedback.md',
            `The grader could not write this feedback (${reason}). Your total is ${student.total}; ask your instructor.\n`,
          ],
        ])
      }
      for (const [file, content] of files) {
        mkdirSync(path.dirname(path.join(studentDir, file)), { recursive: true })
        writeFileSync(path.join(studentDir, file), content)
      }
    }
  })
  return warnings
}

/** One student's files, by path in their folder. */
function studentFiles(
  student: StudentGrade,
  courseTitle: string,
  formats: Format[],
  hiddenFeedback: HiddenFeedback,
): Map<string, string> {
  const files = new Map<string, string>()
  files.set('feedback.md', feedbackMarkdown(student, courseTitle, hiddenFeedback))
  for (const grade of student.exercises)
    files.set(`results/${grade.slug}.json`, json(exercismResult(grade, hiddenFeedback)))
  if (formats.includes('gradescope'))
    files.set('results.json', json(gradescopeResult(student, hiddenFeedback)))
  if (formats.includes('classroom')) {
    const results = classroomResults(student, hiddenFeedback)
    for (const [runner, result] of results) files.set(`classroom/${runner}.json`, jsonText(result))
    files.set('classroom/runners', [...results.keys()].join(','))
  }
  return files
}

const renamed = (folders: Map<string, string>) =>
  Object.fromEntries([...folders].filter(([student, folder]) => student !== folder))

/**
 * A folder name for each student, the same for the same class however it is graded (one run or
 * merged shards): their id made safe as a file name (text.ts's fileName), unless that is one of
 * the gradebook's own files or differs only in letter case or Unicode normal form from an earlier
 * one (the same folder on macOS and Windows); then with a number after it.
 */
export function studentFolders(students: string[]): Map<string, string> {
  const key = (name: string) => name.normalize('NFC').toLowerCase()
  const taken = new Set(RESERVED_NAMES.map(key))
  const folders = new Map<string, string>()
  for (const student of students) {
    const base = fileName(student)
    let folder = base
    for (let count = 2; taken.has(key(folder)); count += 1) folder = `${base} (${count})`
    taken.add(key(folder))
    folders.set(student, folder)
  }
  return folders
}

/**
 * Joins the gradebooks of `--shard` runs into one: the rows of every shard, and each student's
 * folder under the name studentFolders gives it in the whole class (a name one shard gave may
 * be another student's in the whole class).
 */
export function mergeGradebooks(shardDirs: string[], outDir: string): number {
  const shards = shardDirs.map(readShard)
  const [first] = shards
  if (!first) throw new Error('merge needs at least one gradebook folder')
  const taken = new Map<string, { shard: Shard; points: number[] }>()
  for (const shard of shards) {
    if (shard.info !== first.info)
      throw new Error(
        `${shard.dir} was graded with other exercises or options than ${first.dir}; grade every shard with the same command`,
      )
    for (const [student, points] of shard.rows) {
      if (taken.has(student))
        throw new Error(`student "${shownId(student)}" is in more than one shard`)
      taken.set(student, { shard, points })
    }
  }
  const students = [...taken.keys()].sort((a, b) => (a < b ? -1 : 1))
  const folders = studentFolders(students)
  replaceAtomically(outDir, (dir) => {
    writeFileSync(
      path.join(dir, CSV_FILE),
      writeGradesCsv(
        first.parsed.exercises.map((exercise) => exercise.slug),
        students.map((student) => ({ student, points: taken.get(student)?.points as number[] })),
      ),
    )
    writeJson(path.join(dir, INFO_FILE), {
      ...first.parsed,
      students,
      folders: renamed(folders),
    } satisfies GradingInfo)
    for (const student of students) {
      const { shard } = taken.get(student) as { shard: Shard }
      const from = path.join(shard.dir, shardFolder(shard, student))
      if (!existsSync(from))
        throw new Error(`${shard.dir}: no folder for student "${shownId(student)}"; grade it again`)
      cpSync(from, path.join(dir, folders.get(student) as string), {
        recursive: true,
        errorOnExist: true,
        force: false,
      })
    }
  })
  return students.length
}

/** A student's folder in a shard, as its grading.json says (a plain name, never a path). */
function shardFolder(shard: Shard, student: string): string {
  const folder = Object.hasOwn(shard.folders, student) ? shard.folders[student] : student
  if (typeof folder !== 'string' || path.basename(folder) !== folder || folder.startsWith('.'))
    throw new Error(
      `${shard.dir}: ${INFO_FILE} gives no plain folder name for "${shownId(student)}"`,
    )
  return folder
}

interface Shard {
  dir: string
  /** Its grading.json without the students, to compare with the others. */
  info: string
  parsed: Omit<GradingInfo, 'students' | 'folders'>
  folders: Record<string, string>
  rows: Map<string, number[]>
}

function readShard(dir: string): Shard {
  const infoFile = path.join(dir, INFO_FILE)
  if (!existsSync(infoFile))
    throw new Error(
      `${dir}: not a gradebook folder (no ${INFO_FILE}); pass the --out folders of the shards`,
    )
  const {
    students,
    folders = {},
    ...parsed
  } = JSON.parse(readFileSync(infoFile, 'utf8')) as GradingInfo
  if (!Array.isArray(students))
    throw new Error(`${dir}: its ${INFO_FILE} lists no students; grade it again with this grader`)
  const [header = [], ...body] = readGradesCsv(readFileSync(path.join(dir, CSV_FILE), 'utf8'))
  const slugs = parsed.exercises.map((exercise) => exercise.slug)
  const edited = () =>
    new Error(`${dir}: ${CSV_FILE} does not match its ${INFO_FILE}; was it edited? grade it again`)
  if (header.join() !== ['student', ...slugs, 'total'].join() || body.length !== students.length)
    throw edited()
  const rows = new Map<string, number[]>()
  students.forEach((student, index) => {
    const [cell, ...points] = body[index] as string[]
    if (cell !== studentCell(student) || points.length !== slugs.length + 1) throw edited()
    rows.set(
      student,
      points.map((point) => {
        if (!/^\d+(\.\d+)?$/.test(point)) throw edited()
        return Number(point)
      }),
    )
  })
  return { dir, info: JSON.stringify(parsed), parsed, folders, rows }
}

function replaceAtomically(target: string, fill: (dir: string) => void): void {
  const parent = path.dirname(path.resolve(target))
  mkdirSync(parent, { recursive: true })
  const stamp = `${process.pid}-${Date.now()}`
  const fresh = path.join(parent, `.${path.basename(target)}.new-${stamp}`)
  const old = path.join(parent, `.${path.basename(target)}.old-${stamp}`)
  const isGradebook = (dir: string) =>
    readdirSync(dir).length === 0 || existsSync(path.join(dir, INFO_FILE))
  if (existsSync(target) && !isGradebook(target))
    throw new Error(
      `${target} exists and is not a gradebook; pick an empty or new folder for --out`,
    )
  mkdirSync(fresh)
  try {
    fill(fresh)
  } catch (error) {
    rmSync(fresh, { recursive: true, force: true })
    throw error
  }
  if (existsSync(target)) renameSync(target, old)
  renameSync(fresh, target)
  rmSync(old, { recursive: true, force: true })
}

const json = (value: unknown) => jsonText(value, 2) + '\n'

function writeJson(file: string, value: unknown): void {
  writeFileSync(file, json(value))
}
