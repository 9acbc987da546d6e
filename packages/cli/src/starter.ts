/**
 * The pristine starter of an exercise is the one git holds: a student's clone of the course has it
 * at HEAD. Resetting writes those files back over src/ and touches nothing else.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Course, Exercise } from '@iterlings/course'

export function restoreStarter(course: Course, exercise: Exercise): string[] {
  // git wants forward slashes, on Windows too.
  const srcPath = path
    .relative(course.root, path.join(exercise.dir, 'src'))
    .split(path.sep)
    .join('/')
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: course.root,
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
  let files: string[]
  try {
    files = git('ls-tree', '-r', '--name-only', 'HEAD', '--', `${srcPath}/`)
      .toString()
      .split('\n')
      .filter(Boolean)
  } catch (error) {
    throw new Error(
      `cannot read the starter of ${exercise.slug} from git: ${firstLine(error)}. Reset needs the course as a git clone.`,
      { cause: error },
    )
  }
  if (files.length === 0) {
    throw new Error(`git has no starter for ${exercise.slug} (nothing under ${srcPath}/ at HEAD)`)
  }
  for (const file of files) {
    const target = path.join(course.root, ...file.split('/'))
    mkdirSync(path.dirname(target), { recursive: true })
    writeFileSync(target, git('show', `HEAD:./${file}`))
  }
  return files
}

function firstLine(error: unknown): string {
  const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim()
  return (stderr || (error instanceof Error ? error.message : String(error))).split('\n')[0] ?? ''
}
