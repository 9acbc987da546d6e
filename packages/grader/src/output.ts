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
import type { Gradebook } from './grade.ts'
import { classroomResults } from './formats/classroom.ts'
import { gradesCsv, readGradesCsv, writeGradesCsv } from './formats/csv.ts'
import { exercismResult } from './formats/exercism.ts'
import { feedbackMarkdown } from './formats/feedback.ts'
import { gradescopeResult } from './formats/gradescope.ts'
import type { HiddenFeedback } from './formats/hidden.ts'

export const FORMATS = ['gradescope', 'classroom'] as const
export type Format = (typeof FORMATS)[number]

/** What a gradebook folder says about itself, so shards can be checked before they are merged. */
export interface GradingInfo {
  course: string
  exercises: Array<{ slug: string; points: number; tests: number }>
  formats: Format[]
  hiddenFeedback: HiddenFeedback
  isolation: string
  /** Each student's folder in the gradebook, when it is not their id (ids that differ only in case…). */
  folders: Record<string, string>
}

export const INFO_FILE = 'grading.json'
export const CSV_FILE = 'grades.csv'
/** Names a student folder cannot have, since the gradebook's own files sit beside the student folders. */
export const RESERVED_NAMES = [INFO_FILE, CSV_FILE, '.', '..']

export function writeGradebook(
  outDir: string,
  book: Gradebook,
  courseTitle: string,
  formats: Format[],
  hiddenFeedback: HiddenFeedback = 'none',
): void {
  const folders = studentFolders(book.students.map(({ student }) => student))
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
      folders: Object.fromEntries([...folders].filter(([student, folder]) => student !== folder)),
    }
    writeJson(path.join(dir, INFO_FILE), info)
    for (const student of book.students) {
      const studentDir = path.join(dir, folders.get(student.student) as string)
      mkdirSync(path.join(studentDir, 'results'), { recursive: true })
      writeFileSync(
        path.join(studentDir, 'feedback.md'),
        feedbackMarkdown(student, courseTitle, hiddenFeedback),
      )
      for (const grade of student.exercises)
        writeJson(
          path.join(studentDir, 'results', `${grade.slug}.json`),
          exercismResult(grade, hiddenFeedback),
        )
      if (formats.includes('gradescope'))
        writeJson(path.join(studentDir, 'results.json'), gradescopeResult(student, hiddenFeedback))
      if (formats.includes('classroom')) {
        const classroomDir = path.join(studentDir, 'classroom')
        mkdirSync(classroomDir)
        const results = classroomResults(student, hiddenFeedback)
        for (const [runner, result] of results)
          writeFileSync(path.join(classroomDir, `${runner}.json`), JSON.stringify(result))
        writeFileSync(path.join(classroomDir, 'runners'), [...results.keys()].join(','))
      }
    }
  })
}

/**
 * A folder name for each student: their id, unless it is one of the gradebook's own files or
 * differs only in letter case from an earlier one (the same folder on macOS and Windows); then
 * the id with a number after it.
 */
export function studentFolders(students: string[]): Map<string, string> {
  const taken = new Set(RESERVED_NAMES.map((name) => name.toLowerCase()))
  const folders = new Map<string, string>()
  for (const student of students) {
    let folder = student
    for (let count = 2; taken.has(folder.toLowerCase()); count += 1)
      folder = `${student} (${count})`
    taken.add(folder.toLowerCase())
    folders.set(student, folder)
  }
  return folders
}

/** Joins the gradebooks of `--shard` runs into one. */
export function mergeGradebooks(shardDirs: string[], outDir: string): number {
  const shards = shardDirs.map((dir) => {
    const infoFile = path.join(dir, INFO_FILE)
    if (!existsSync(infoFile))
      throw new Error(
        `${dir}: not a gradebook folder (no ${INFO_FILE}); pass the --out folders of the shards`,
      )
    const { folders = {}, ...info } = JSON.parse(readFileSync(infoFile, 'utf8')) as GradingInfo
    return {
      dir,
      info: JSON.stringify(info),
      parsed: info,
      folders,
      rows: readGradesCsv(readFileSync(path.join(dir, CSV_FILE), 'utf8')),
    }
  })
  const [first] = shards
  if (!first) throw new Error('merge needs at least one gradebook folder')
  const header = first.rows[0] ?? []
  const rows = new Map<string, string[]>()
  for (const shard of shards) {
    if (shard.info !== first.info || (shard.rows[0] ?? []).join() !== header.join())
      throw new Error(
        `${shard.dir} was graded with other exercises or options than ${first.dir}; grade every shard with the same command`,
      )
    for (const row of shard.rows.slice(1)) {
      const student = row[0] as string
      if (rows.has(student)) throw new Error(`student "${student}" is in more than one shard`)
      rows.set(student, row)
    }
  }
  replaceAtomically(outDir, (dir) => {
    const students = [...rows.keys()].sort((a, b) => (a < b ? -1 : 1))
    writeFileSync(
      path.join(dir, CSV_FILE),
      writeGradesCsv([header, ...students.map((s) => rows.get(s) as string[])]),
    )
    writeJson(path.join(dir, INFO_FILE), {
      ...first.parsed,
      folders: Object.assign({}, ...shards.map((shard) => shard.folders)),
    })
    for (const shard of shards) {
      for (const student of readdirSync(shard.dir, { withFileTypes: true })) {
        if (student.isDirectory())
          cpSync(path.join(shard.dir, student.name), path.join(dir, student.name), {
            recursive: true,
          })
      }
    }
  })
  return rows.size
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

function writeJson(file: string, value: unknown): void {
  writeFileSync(file, JSON.stringify(value, null, 2) + '\n')
}
