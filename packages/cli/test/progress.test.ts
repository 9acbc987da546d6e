import { appendFileSync, readFileSync, rmSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { loadCourse, type Course, type Exercise } from '@iterlings/course'
import { Progress, STATE_FILE } from '../src/progress.ts'
import { copyCourse, type CourseCopy } from './course-copy.ts'

describe('progress', () => {
  let copy: CourseCopy
  let course: Course
  let exercise: Exercise
  const passing = { slug: '01-iterables-and-iterators', passed: 3, failed: 0, durationMs: 1 }

  beforeEach(() => {
    copy = copyCourse(['01-iterables-and-iterators'])
    course = loadCourse(copy.root)
    exercise = course.exercises[0] as Exercise
  })
  afterEach(() => copy.remove())

  it('survives a restart', async () => {
    await new Progress(course).test(exercise, async () => passing)
    expect(new Progress(course).isDone(exercise)).toBe(true)
    expect(new Progress(course).doneCount()).toBe(1)
  })

  it('forgets a result once the student edits the exercise', async () => {
    const progress = new Progress(course)
    await progress.test(exercise, async () => passing)
    appendFileSync(copy.file('exercises/01-iterables-and-iterators/src/index.ts'), '\n// edit\n')
    expect(progress.cached(exercise), 'a stale result must be run again').toBeUndefined()
  })

  it('does not remember a run stopped by the time limit', async () => {
    const progress = new Progress(course)
    await progress.test(exercise, async () => passing)
    await progress.test(exercise, async () => ({ ...passing, passed: 0, timedOut: true }))
    expect(progress.cached(exercise)).toBeUndefined()
  })

  it('starts afresh when the state file is missing or broken', async () => {
    await new Progress(course).test(exercise, async () => passing)
    rmSync(copy.file(STATE_FILE))
    expect(new Progress(course).doneCount()).toBe(0)
    appendFileSync(copy.file(STATE_FILE), '{ not json')
    expect(new Progress(course).doneCount()).toBe(0)
  })

  it('does not trust a result for files saved while the tests ran', async () => {
    const progress = new Progress(course)
    await progress.test(exercise, async () => {
      appendFileSync(copy.file('exercises/01-iterables-and-iterators/src/index.ts'), '\n// saved\n')
      return passing
    })
    expect(progress.cached(exercise), 'the tests ran on the file before the save').toBeUndefined()
  })

  it('keeps how many hints of each task were seen', () => {
    new Progress(course).setHintsSeen(exercise.slug, '1. iter', 2)
    expect(new Progress(course).hintsSeen(exercise.slug, '1. iter')).toBe(2)
    expect(JSON.parse(readFileSync(copy.file(STATE_FILE), 'utf8')).version).toBe(1)
  })
})
