/**
 * Progress is what the tests say; this file only remembers it. Each result is stored with a
 * fingerprint of the exercise's src/ and test/ files, and is trusted only while they are unchanged,
 * so a deleted or stale state file is rebuilt by running the tests again, never lost or wrong.
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Course, Exercise } from '@iterlings/course'
import { isDone, type RunSummary } from './summary.ts'

export const STATE_FILE = '.iterlings-state.json'

interface State {
  version: 1
  results: Record<string, { fingerprint: string; summary: RunSummary }>
  /** How many hints of each task a student has seen: slug → task → count. */
  hints: Record<string, Record<string, number>>
}

export class Progress {
  #file: string
  #state: State

  constructor(readonly course: Course) {
    this.#file = path.join(course.root, STATE_FILE)
    this.#state = readState(this.#file)
  }

  /** The last result of an exercise, if its files have not changed since. */
  cached(exercise: Exercise): RunSummary | undefined {
    const entry = this.#state.results[exercise.slug]
    return entry && entry.fingerprint === fingerprint(exercise) ? entry.summary : undefined
  }

  /**
   * Runs `test` and remembers its result against the files as they were when it started: a file
   * saved during the run leaves the result stale, so it is run again rather than trusted.
   */
  async test(exercise: Exercise, test: () => Promise<RunSummary>): Promise<RunSummary> {
    const tested = fingerprint(exercise)
    const summary = await test()
    const { [exercise.slug]: _previous, ...others } = this.#state.results
    // A run stopped by the time limit says nothing about the tests; do not cache it.
    this.#state.results = summary.timedOut
      ? others
      : { ...others, [exercise.slug]: { fingerprint: tested, summary } }
    this.#save()
    return summary
  }

  isDone(exercise: Exercise): boolean {
    const summary = this.cached(exercise)
    return summary !== undefined && isDone(summary)
  }

  doneCount(): number {
    return this.course.exercises.filter((exercise) => this.isDone(exercise)).length
  }

  hintsSeen(slug: string, task: string): number {
    return this.#state.hints[slug]?.[task] ?? 0
  }

  setHintsSeen(slug: string, task: string, count: number): void {
    this.#state.hints[slug] = { ...this.#state.hints[slug], [task]: count }
    this.#save()
  }

  #save(): void {
    writeFileSync(this.#file, JSON.stringify(this.#state, null, 2) + '\n')
  }
}

function readState(file: string): State {
  const empty: State = { version: 1, results: {}, hints: {} }
  try {
    const state = JSON.parse(readFileSync(file, 'utf8')) as Partial<State>
    if (state.version !== 1) return empty
    return { version: 1, results: state.results ?? {}, hints: state.hints ?? {} }
  } catch {
    // Missing or unreadable: start afresh; the tests rebuild it.
    return empty
  }
}

/** Whether an exercise is in this copy of the course yet (the course grows one folder at a time). */
export const isAvailable = (exercise: Exercise) =>
  existsSync(path.join(exercise.dir, 'src')) && existsSync(path.join(exercise.dir, 'test'))

/** A hash of everything the result depends on: the student's code and the tests. */
export function fingerprint(exercise: Exercise): string {
  const hash = createHash('sha1')
  for (const folder of ['src', 'test']) {
    for (const file of filesUnder(path.join(exercise.dir, folder))) {
      hash.update(path.relative(exercise.dir, file)).update('\0').update(readFileSync(file))
    }
  }
  return hash.digest('hex')
}

export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort()
}
