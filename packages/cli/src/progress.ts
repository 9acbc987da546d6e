/**
 * Progress is what the tests say; this file only remembers it. Each result is stored with a
 * fingerprint of the exercise's src/ and test/ files, and is trusted only while they are unchanged,
 * so a deleted or stale state file is rebuilt by running the tests again, never lost or wrong.
 */
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { filesUnder, type Course, type Exercise } from '@iterlings/course'
import { isFinished, type Result } from './result.ts'

export const STATE_FILE = '.iterlings-state.json'

interface State {
  version: 2
  results: Record<string, Result & { fingerprint: string }>
  /** How many hints of each task a student has seen: slug → task → count. */
  hints: Record<string, Record<string, number>>
  /** The exercise the student was on, to come back to. */
  current?: string
}

export class Progress {
  #file: string
  #state: State

  constructor(readonly course: Course) {
    this.#file = path.join(course.root, STATE_FILE)
    this.#state = readState(this.#file)
  }

  /** What is known about an exercise's files as they are now: nothing once they changed. */
  cached(exercise: Exercise): Result | undefined {
    const entry = this.#state.results[exercise.slug]
    if (!entry || entry.fingerprint !== fingerprint(exercise)) return undefined
    const { fingerprint: _fingerprint, ...result } = entry
    return result
  }

  /**
   * Remembers what a run found about the files as they were when it started (`tested`, their
   * fingerprint then): a file saved during the run leaves the result stale, so it is not kept,
   * and the run that the save started is trusted instead. A run stopped by the time limit says nothing about the tests: not kept.
   */
  record(exercise: Exercise, tested: string, found: Result): void {
    // Stale, it would only push out what a later run found about the files as they are.
    if (found.tests?.stop || tested !== fingerprint(exercise)) return
    const previous = this.#state.results[exercise.slug]
    const kept = previous?.fingerprint === tested ? previous : { fingerprint: tested }
    this.#state.results = { ...this.#state.results, [exercise.slug]: { ...kept, ...found } }
    this.#save()
  }

  isDone(exercise: Exercise): boolean {
    return isFinished(this.cached(exercise))
  }

  doneCount(): number {
    return this.course.exercises.filter((exercise) => this.isDone(exercise)).length
  }

  get hintsSeen(): Record<string, Record<string, number>> {
    return this.#state.hints
  }

  setHintsSeen(slug: string, task: string, count: number): void {
    this.#state.hints[slug] = { ...this.#state.hints[slug], [task]: count }
    this.#save()
  }

  get current(): string | undefined {
    return this.#state.current
  }

  set current(slug: string | undefined) {
    if (slug === this.#state.current) return
    this.#state.current = slug
    this.#save()
  }

  /** Written whole, then renamed into place: a crash mid-write never costs the student their progress. */
  #save(): void {
    const partial = `${this.#file}.${process.pid}.partial`
    writeFileSync(partial, JSON.stringify(this.#state, null, 2) + '\n')
    renameSync(partial, this.#file)
  }
}

function readState(file: string): State {
  const empty: State = { version: 2, results: {}, hints: {} }
  try {
    const state = JSON.parse(readFileSync(file, 'utf8')) as Partial<Omit<State, 'version'>> & {
      version?: number
    }
    // Version 1 kept results in another shape: its hint counts still hold, its results are run again.
    if (state.version === 1) return { ...empty, hints: state.hints ?? {} }
    if (state.version !== 2) return empty
    return {
      version: 2,
      results: state.results ?? {},
      hints: state.hints ?? {},
      ...(typeof state.current === 'string' && { current: state.current }),
    }
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
