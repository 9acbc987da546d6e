/** The course manifest, course.json at the repository root: the single source of exercise order. */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

export interface Exercise {
  slug: string
  title: string
  /** 1: the seed lesson; 2: past it; 3: today's platform. */
  part: 1 | 2 | 3
  /** Path of the concept page on the docs site, e.g. /part-1/for-of. */
  docs: string
  /** Points for passing every test. */
  points: number
  /** Absolute path of exercises/<slug>. */
  dir: string
  /**
   * The oldest Node major on which the harness (the grader, the browser) can run the exercise: it
   * strips types and runs the rest as the engine parses it, where vitest lowers new syntax first
   * (`using` parses from Node 24), and the grader's sandbox freezes the built-ins before a test
   * could fill in a missing one (12's groupBy and fromAsync are native from Node 22). Absent:
   * every supported Node.
   */
  harnessNode?: number
}

/** Why the harness cannot run the exercise on this Node, if it cannot. */
export function harnessRefusal(
  exercise: Exercise,
  version = process.versions.node,
): string | undefined {
  const major = Number(version.split('.')[0])
  if (exercise.harnessNode === undefined || major >= exercise.harnessNode) return undefined
  return `${exercise.slug} runs in the harness on Node ${exercise.harnessNode} or later (Node ${major} lacks what its code or its tests use, which the harness cannot add once the built-ins are frozen); this is Node ${version}`
}

export interface Course {
  title: string
  /** Absolute path of the repository root (where course.json is). */
  root: string
  exercises: Exercise[]
}

export const MANIFEST = 'course.json'

/** The nearest folder at or above `from` that holds course.json. */
export function findCourseRoot(from: string = process.cwd()): string {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, MANIFEST))) return dir
    if (path.dirname(dir) === dir) {
      throw new Error(
        `no ${MANIFEST} found in ${from} or any folder above it: run this inside the iterlings course`,
      )
    }
  }
}

export function loadCourse(root: string = findCourseRoot()): Course {
  const file = path.join(root, MANIFEST)
  const raw = JSON.parse(readFileSync(file, 'utf8')) as { title?: unknown; exercises?: unknown }
  if (typeof raw.title !== 'string' || !Array.isArray(raw.exercises)) {
    throw new Error(`${file}: expected { "title": string, "exercises": [...] }`)
  }
  const seen = new Set<string>()
  const exercises = raw.exercises.map((entry: Record<string, unknown>, index): Exercise => {
    const where = `${file}: exercises[${index}]`
    for (const key of ['slug', 'title', 'docs'] as const) {
      if (typeof entry[key] !== 'string') throw new Error(`${where}.${key} must be a string`)
    }
    if (entry.part !== 1 && entry.part !== 2 && entry.part !== 3)
      throw new Error(`${where}.part must be 1, 2 or 3`)
    if (typeof entry.points !== 'number' || !(entry.points > 0))
      throw new Error(`${where}.points must be a number > 0`)
    if (entry.harnessNode !== undefined && !Number.isInteger(entry.harnessNode))
      throw new Error(`${where}.harnessNode must be a Node major version, such as 24`)
    const slug = entry.slug as string
    if (seen.has(slug)) throw new Error(`${where}: slug ${slug} is listed twice`)
    seen.add(slug)
    return {
      slug,
      title: entry.title as string,
      part: entry.part,
      docs: entry.docs as string,
      points: entry.points,
      dir: path.join(root, 'exercises', slug),
      ...(entry.harnessNode !== undefined && { harnessNode: entry.harnessNode as number }),
    }
  })
  return { title: raw.title, root, exercises }
}

/** The exercise named by its slug, its slug without the number, or its number; else an error suggesting the closest. */
export function findExercise(course: Course, slug: string): Exercise {
  const exact = course.exercises.find(
    (exercise) =>
      exercise.slug === slug ||
      exercise.slug.slice(3) === slug ||
      exercise.slug.slice(0, 2) === slug.padStart(2, '0'),
  )
  if (exact) return exact
  const closest = closestSlug(course, slug)
  throw new Error(`no exercise called "${slug}"${closest ? `; did you mean ${closest}?` : ''}`)
}

export function closestSlug(course: Course, wanted: string): string | undefined {
  let best: { slug: string; distance: number } | undefined
  for (const { slug } of course.exercises) {
    const name = slug.slice(3)
    const whole = Math.min(editDistance(wanted, slug), editDistance(wanted, name))
    // A name typed in part ("iterabels" for iterables-and-iterators) is close to its start.
    const start = editDistance(wanted, name.slice(0, wanted.length))
    const distance =
      whole <= Math.max(3, wanted.length / 2)
        ? whole
        : start <= wanted.length / 3
          ? start
          : Infinity
    if (distance < (best?.distance ?? Infinity)) best = { slug, distance }
  }
  return best?.slug
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index)
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i]
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1)
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution))
    }
    previous = current
  }
  return previous[b.length] ?? 0
}
