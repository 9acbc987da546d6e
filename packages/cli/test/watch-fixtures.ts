/** A course of four exercises (the third not in this copy) and results to put watch mode in any state. */
import { describeStop } from '@iterlings/run'
import type { RunOutcome, TestOutcome } from '../src/outcome.ts'
import type { TypeReport } from '../src/types/report.ts'
import {
  initialState,
  update,
  type Effect,
  type Event,
  type ExerciseInfo,
  type State,
} from '../src/watch/state.ts'

export const info = (slug: string, patch: Partial<ExerciseInfo> = {}): ExerciseInfo => ({
  slug,
  title: `Title of ${slug}`,
  docs: `/part-1/${slug}`,
  available: true,
  tasks: [
    { number: 1, title: 'one' },
    { number: 2, title: 'two' },
    { number: 3, title: 'three' },
  ],
  hints: [
    { task: '1. one', hints: ['nudge 1', 'more 1'] },
    { task: '2. two', hints: ['nudge 2'] },
    { task: '3. three', hints: ['nudge 3', 'more 3', 'answer 3'] },
  ],
  hasSolution: true,
  ...patch,
})

export const test = (name: string, status: TestOutcome['status'], task?: number): TestOutcome => ({
  name,
  ...(task !== undefined && { task }),
  rules: [],
  status,
  ...(status === 'failed' && { message: `${name} failed` }),
})

/** Fails from task `from` on (tasks 1-3, two tests each); none: every test passes. */
export const failingFrom = (from: number | undefined): RunOutcome => ({
  tests: [1, 2, 3].flatMap((task) => [
    test(`${task}. t › a`, from !== undefined && task >= from ? 'failed' : 'passed', task),
    test(`${task}. t › b`, 'passed', task),
  ]),
  errors: [],
  durationMs: 5,
})
export const passing = failingFrom(undefined)
export const loadError: RunOutcome = {
  tests: [],
  errors: [{ message: 'syntax error', file: 'test/a.test.ts' }],
  durationMs: 5,
}
export const stopped: RunOutcome = {
  tests: [],
  errors: [],
  stop: { reason: 'time', detail: describeStop('time', undefined, 8000), notRun: [] },
  durationMs: 8000,
}
export const clean: TypeReport = { errors: 0, complete: true, durationMs: 1 }
export const typeError: TypeReport = {
  errors: 1,
  first: { file: '/c/exercises/a/src/index.ts', line: 3, column: 7, message: 'bad type' },
  complete: true,
  durationMs: 1,
}

export const EXERCISES = [
  info('01-a'),
  info('02-b'),
  info('03-c', { available: false }),
  info('04-d'),
]

export function fresh(patch: Partial<State> = {}, config: Partial<State['config']> = {}): State {
  return {
    ...initialState(
      { tty: true, manual: false, editor: true, ...config },
      EXERCISES,
      {},
      {},
      { columns: 100, rows: 40 },
    ),
    ...patch,
  }
}

/** Watching 01-a, whose tests fail from task `from` on ('none': all pass) and whose types are clean. */
export function watching(from: number | 'none' = 1, patch: Partial<State> = {}): State {
  const tests = failingFrom(from === 'none' ? undefined : from)
  const state = fresh({ results: { '01-a': { tests, types: clean } } })
  return { ...update(state, { type: 'start', open: '01-a' }).state, ...patch }
}

export const step = (state: State, ...events: Event[]) =>
  events.reduce<{ state: State; effects: Effect[] }>(({ state }, event) => update(state, event), {
    state,
    effects: [],
  })
export const press = (state: State, ...keys: string[]) =>
  step(state, ...keys.map((key): Event => ({ type: 'key', key })))
