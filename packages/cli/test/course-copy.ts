/**
 * A throwaway copy of the course for end-to-end tests and the benchmark: course.json, the base
 * tsconfig and a few exercises, committed to a fresh git repository as a student's clone would be,
 * with the starters recorded as its first install records them.
 * Each exercise's node_modules links to the real one, so nothing is installed and the real
 * exercises are never touched.
 */
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { findExercise, loadCourse, readLedger } from '@iterlings/course'
import { recordStarters } from '../bin/starters.js'

export const REPO_ROOT = path.resolve(import.meta.dirname, '../../..')
export const CLI = path.resolve(import.meta.dirname, '../bin/iterlings.js')

/** How many exercises the course has, and tasks an exercise has: screens count them. */
export const EXERCISES = loadCourse(REPO_ROOT).exercises.length
export const tasksOf = (slug: string) =>
  readLedger(findExercise(loadCourse(REPO_ROOT), slug)).length

export interface CourseCopy {
  root: string
  /** Absolute path of a file inside the copy, from forward-slash parts. */
  file: (relativePath: string) => string
  remove: () => void
}

export function copyCourse(slugs: string[]): CourseCopy {
  const root = mkdtempSync(path.join(os.tmpdir(), 'iterlings-e2e-'))
  for (const file of ['.gitignore', 'course.json', 'tsconfig.base.json']) {
    cpSync(path.join(REPO_ROOT, file), path.join(root, file))
  }
  for (const slug of slugs) {
    const from = path.join(REPO_ROOT, 'exercises', slug)
    const to = path.join(root, 'exercises', slug)
    cpSync(from, to, {
      recursive: true,
      filter: (source) => !/[\\/](node_modules|\.proof)$/.test(source),
    })
    symlinkSync(path.join(from, 'node_modules'), path.join(to, 'node_modules'), 'junction')
  }
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, stdio: 'ignore' })
  git('init', '--quiet')
  git('add', '.')
  git(
    '-c',
    'user.name=student',
    '-c',
    'user.email=student@example.com',
    'commit',
    '--quiet',
    '-m',
    'course',
  )
  // As the first pnpm install of a clone does.
  recordStarters(root, slugs)
  return {
    root,
    file: (relativePath) => path.join(root, ...relativePath.split('/')),
    remove: () => rmSync(root, { recursive: true, force: true }),
  }
}
