import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  findCourseRoot,
  findExercise,
  harnessRefusal,
  hintSequence,
  loadCourse,
  parseHints,
} from '../src/index.ts'

function courseWith(manifest: unknown): string {
  const root = mkdtempSync(path.join(tmpdir(), 'iterlings-course-'))
  writeFileSync(path.join(root, 'course.json'), JSON.stringify(manifest))
  return root
}

const entry = { slug: '01-first', title: 'First', part: 1, docs: '/part-1/first', points: 10 }

describe('loadCourse', () => {
  it('reads the real manifest, in order, with each exercise folder', () => {
    const course = loadCourse(findCourseRoot(import.meta.dirname))
    expect(course.exercises[0]?.slug).toBe('01-iterables-and-iterators')
    expect(course.exercises[0]?.dir).toBe(
      path.join(course.root, 'exercises', '01-iterables-and-iterators'),
    )
  })

  it('finds the root from a nested folder', () => {
    const root = courseWith({ title: 't', exercises: [entry] })
    const nested = path.join(root, 'exercises', '01-first', 'src')
    mkdirSync(nested, { recursive: true })
    expect(findCourseRoot(nested)).toBe(root)
  })

  it('names the field that is wrong', () => {
    const root = courseWith({ title: 't', exercises: [{ ...entry, part: 4 }] })
    expect(() => loadCourse(root)).toThrow('exercises[0].part must be 1, 2 or 3')
  })

  it('refuses a slug listed twice', () => {
    const root = courseWith({ title: 't', exercises: [entry, entry] })
    expect(() => loadCourse(root)).toThrow('slug 01-first is listed twice')
  })
})

describe('harnessRefusal', () => {
  const using = findExercise(loadCourse(), '13')

  it('refuses a Node older than the harness needs for the exercise, naming both', () => {
    expect(using.harnessNode).toBe(24)
    expect(harnessRefusal(using, '22.23.0')).toBe(
      '13-native-helpers-and-using runs in the harness on Node 24 or later (Node 22 lacks what its code or its tests use, which the harness cannot add once the built-ins are frozen); this is Node 22.23.0',
    )
  })

  it('accepts that Node and later, and every Node for an exercise that names none', () => {
    expect(harnessRefusal(using, '24.0.0')).toBeUndefined()
    expect(harnessRefusal(using, '26.10.0')).toBeUndefined()
    expect(harnessRefusal(findExercise(loadCourse(), '01'), '20.19.0')).toBeUndefined()
  })
})

describe('findExercise', () => {
  const course = loadCourse(
    courseWith({ title: 't', exercises: [entry, { ...entry, slug: '02-for-of' }] }),
  )

  it('accepts the slug with or without its number, or the number alone', () => {
    expect(findExercise(course, 'for-of').slug).toBe('02-for-of')
    expect(findExercise(course, '02').slug).toBe('02-for-of')
    expect(findExercise(course, '2').slug).toBe('02-for-of')
  })

  it('suggests the closest slug for a typo', () => {
    expect(() => findExercise(course, 'for-off')).toThrow(
      'no exercise called "for-off"; did you mean 02-for-of?',
    )
  })

  it('suggests a long name from a misspelt start of it, and nothing for a far-off name', () => {
    const real = loadCourse(findCourseRoot(import.meta.dirname))
    expect(() => findExercise(real, 'iterabels')).toThrow(
      'no exercise called "iterabels"; did you mean 01-iterables-and-iterators?',
    )
    expect(() => findExercise(real, 'xyz')).toThrow(/^no exercise called "xyz"$/)
  })
})

describe('parseHints', () => {
  const markdown = [
    '# Hints',
    '',
    '## 1. iter',
    '1. A nudge.',
    '2. Nearly the answer:',
    '   ```ts',
    '   return x',
    '   ```',
    '',
    '## 2. next',
    '1. Only one.',
  ].join('\n')

  it('reads one task a section and one hint a list item, code included', () => {
    expect(parseHints(markdown)).toEqual([
      { task: '1. iter', hints: ['A nudge.', 'Nearly the answer:\n```ts\nreturn x\n```'] },
      { task: '2. next', hints: ['Only one.'] },
    ])
  })

  it('orders every hint task by task, nudge first', () => {
    expect(hintSequence(parseHints(markdown)).map(({ task, level }) => `${task}#${level}`)).toEqual(
      ['1. iter#1', '1. iter#2', '2. next#1'],
    )
  })
})
