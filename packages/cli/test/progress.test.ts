import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { loadCourse, type Course, type Exercise } from '@iterlings/course'
import type { RunOutcome } from '../src/outcome.ts'
import { fingerprint, Progress, STATE_FILE } from '../src/progress.ts'
import { copyCourse, type CourseCopy } from './course-copy.ts'

describe('progress', () => {
  let copy: CourseCopy
  let course: Course
  let exercise: Exercise
  const passing: RunOutcome = {
    tests: [{ name: '1. a › b', task: 1, rules: [], status: 'passed' }],
    errors: [],
    durationMs: 1,
  }
  const clean = { errors: 0, complete: true, durationMs: 1 }
  /** What a run of the tests and the types finds about the files as they are now. */
  const record = (progress: Progress, tests: RunOutcome = passing) =>
    progress.record(exercise, fingerprint(exercise), { tests, types: clean })

  beforeEach(() => {
    copy = copyCourse(['01-iterables-and-iterators'])
    course = loadCourse(copy.root)
    exercise = course.exercises[0] as Exercise
  })
  afterEach(() => copy.remove())

  it('survives a restart, with the exercise the student was on', () => {
    const progress = new Progress(course)
    record(progress)
    progress.current = exercise.slug
    expect(new Progress(course).isDone(exercise)).toBe(true)
    expect(new Progress(course).current).toBe(exercise.slug)
    expect(new Progress(course).doneCount()).toBe(1)
  })

  it('is done only when the tests pass and the types hold', () => {
    const progress = new Progress(course)
    progress.record(exercise, fingerprint(exercise), { tests: passing })
    expect(progress.isDone(exercise), 'types not checked yet').toBe(false)
    progress.record(exercise, fingerprint(exercise), { types: { ...clean, errors: 1 } })
    expect(progress.isDone(exercise)).toBe(false)
    progress.record(exercise, fingerprint(exercise), { types: clean })
    expect(progress.isDone(exercise)).toBe(true)
  })

  it('forgets a result once the student edits the exercise', () => {
    const progress = new Progress(course)
    record(progress)
    appendFileSync(copy.file('exercises/01-iterables-and-iterators/src/index.ts'), '\n// edit\n')
    expect(progress.cached(exercise), 'a stale result must be run again').toBeUndefined()
  })

  it('does not remember a run stopped by the time limit', () => {
    const progress = new Progress(course)
    record(progress, { ...passing, stop: { reason: 'time', detail: 'ran too long', notRun: [] } })
    expect(progress.cached(exercise)).toBeUndefined()
  })

  it('starts afresh when the state file is missing or broken', () => {
    record(new Progress(course))
    rmSync(copy.file(STATE_FILE))
    expect(new Progress(course).doneCount()).toBe(0)
    appendFileSync(copy.file(STATE_FILE), '{ not json')
    expect(new Progress(course).doneCount()).toBe(0)
  })

  it('does not trust a result for files saved while the tests ran', () => {
    const progress = new Progress(course)
    const tested = fingerprint(exercise)
    appendFileSync(copy.file('exercises/01-iterables-and-iterators/src/index.ts'), '\n// saved\n')
    progress.record(exercise, tested, { tests: passing, types: clean })
    expect(progress.cached(exercise), 'the tests ran on the file before the save').toBeUndefined()
  })

  it("keeps a later run's answer when a stale one comes in after it", () => {
    const progress = new Progress(course)
    const before = fingerprint(exercise)
    appendFileSync(copy.file('exercises/01-iterables-and-iterators/src/index.ts'), '\n// saved\n')
    record(progress)
    progress.record(exercise, before, { tests: passing })
    expect(progress.isDone(exercise), 'the types found for the saved file are kept').toBe(true)
  })

  it('keeps how many hints of each task were seen', () => {
    new Progress(course).setHintsSeen(exercise.slug, '1. iter', 2)
    expect(new Progress(course).hintsSeen[exercise.slug]?.['1. iter']).toBe(2)
    expect(JSON.parse(readFileSync(copy.file(STATE_FILE), 'utf8')).version).toBe(2)
  })

  it('keeps the hint counts of a version 1 state file, and runs its results again', () => {
    writeFileSync(
      copy.file(STATE_FILE),
      JSON.stringify({
        version: 1,
        results: { x: {} },
        hints: { [exercise.slug]: { '1. iter': 1 } },
      }),
    )
    const progress = new Progress(course)
    expect(progress.hintsSeen[exercise.slug]?.['1. iter']).toBe(1)
    expect(progress.cached(exercise)).toBeUndefined()
  })
})
