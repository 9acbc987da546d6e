/**
 * Watch mode as a pure state machine: `update(state, event)` gives the next state and the effects
 * for the shell (shell.ts) to carry out: run the tests, check the types, watch another folder,
 * reset, save. Keys, file changes, results and resizes are all events; nothing here does I/O, so
 * every key in every mode is unit-tested (state.test.ts). The screen is a function of the state
 * (view.ts).
 */
import type { TaskHints } from '@iterlings/course'
import { firstFailure, isDone, placeOf, type RunOutcome } from '../outcome.ts'
import { hintsOfTask, nextHint } from '../hints.ts'
import { failingTask, isFailing, isFinished, type Result } from '../result.ts'
import type { TypeReport } from '../types/report.ts'

export interface ExerciseInfo {
  slug: string
  title: string
  docs: string
  /** In this copy of the course (its src/ and test/ are here). */
  available: boolean
  /** The README's tasks: number and title ("3", "take"). */
  tasks: Array<{ number: number; title: string }>
  hints: TaskHints[]
  /** The course's model solution is here to compare with, once the exercise passes. */
  hasSolution: boolean
}

export interface Config {
  /** A terminal: one screen redrawn, single keys. Otherwise plain lines, one letter a line. */
  tty: boolean
  /** Rerun on Enter instead of on save. */
  manual: boolean
  /** $VISUAL or $EDITOR is set, so `e` can open it at the first failure. */
  editor: boolean
}

export type Filter = 'all' | 'done' | 'pending'

export type Mode =
  | { name: 'exercise' }
  | { name: 'confirm-reset'; slug: string; from: 'exercise' | 'list' }
  | { name: 'list'; cursor: number; filter: Filter; search: string; typing: boolean }
  | { name: 'solution'; lines: string[]; scroll: number }

export interface State {
  config: Config
  exercises: ExerciseInfo[]
  results: Record<string, Result>
  /** How many hints of each task a student has seen: slug → task heading → count. */
  hintsSeen: Record<string, Record<string, number>>
  /** The exercise being watched; undefined once every exercise here passes. */
  current?: string
  /** 'checking': at start, running exercises in order to find the first unfinished one. */
  phase: 'checking' | 'watching' | 'all-done' | 'quit'
  checking?: string
  mode: Mode
  /** The current exercise's runs: wanted (a save since), and in flight. */
  runs: { testsWanted: boolean; typesWanted: boolean; testsRunning: boolean; typesRunning: boolean }
  /** Files saved since the tests last ran, so the runner reloads them. */
  changed: string[]
  /** The task whose hints are on screen. */
  hint?: number
  notice?: string
  /** Counts notices, so a notice given twice is shown twice where lines are printed (no TTY). */
  serial: number
  /** Counts the current exercise's test results, so each is printed where lines are printed. */
  testRuns: number
  docsUrl?: string
  /** src/index.ts of the current exercise is gone (deleted or renamed). */
  entryMissing: boolean
  size: { columns: number; rows: number }
}

export type Event =
  | { type: 'start'; open?: string | undefined }
  | { type: 'key'; key: string }
  | { type: 'files-changed'; slug: string; files: string[] }
  | { type: 'tests-done'; slug: string; outcome: RunOutcome; entryMissing: boolean }
  | { type: 'types-early'; slug: string; report: TypeReport }
  | { type: 'types-done'; slug: string; report: TypeReport }
  | { type: 'run-failed'; slug: string; what: 'tests' | 'types'; message: string }
  | { type: 'reset-done'; slug: string; files: string[] }
  /** Something the shell could not do (reset, open the editor): said on screen. */
  | { type: 'problem'; message: string }
  | { type: 'solution'; lines: string[] }
  | { type: 'docs'; url?: string; error?: string }
  | { type: 'resize'; columns: number; rows: number }
  | { type: 'signal' }

export type Effect =
  | { type: 'run-tests'; slug: string; changed: string[] }
  | { type: 'check-types'; slug: string }
  /** Watch this exercise's src/ from now on (none: stop watching). */
  | { type: 'watch'; slug?: string }
  /** Remember the exercise, so the next start resumes there. */
  | { type: 'remember'; slug: string }
  | { type: 'save-hints'; slug: string; task: string; seen: number }
  | { type: 'reset'; slug: string }
  | { type: 'show-solution'; slug: string }
  | { type: 'edit'; slug: string; file?: string; line?: number; column?: number }
  | { type: 'quit' }

export interface Next {
  state: State
  effects: Effect[]
}

export function initialState(
  config: Config,
  exercises: ExerciseInfo[],
  results: Record<string, Result>,
  hintsSeen: Record<string, Record<string, number>>,
  size: State['size'],
): State {
  return {
    config,
    exercises,
    results,
    hintsSeen,
    phase: 'checking',
    mode: { name: 'exercise' },
    runs: { testsWanted: false, typesWanted: false, testsRunning: false, typesRunning: false },
    changed: [],
    serial: 0,
    testRuns: 0,
    entryMissing: false,
    size,
  }
}

const LIST_PAGE = 10

export function update(state: State, event: Event): Next {
  switch (event.type) {
    case 'start':
      return event.open ? open(state, event.open) : checkNext(state, state.exercises[0]?.slug)
    case 'key':
      return onKey({ ...state, notice: undefined }, event.key)
    case 'files-changed':
      if (event.slug !== state.current || state.config.manual) return same(state)
      return runCurrent({ ...state, changed: union(state.changed, event.files) })
    case 'tests-done':
      return testsDone(state, event)
    case 'types-early': {
      const next = withResult(state, event.slug, { types: event.report })
      return event.slug === state.checking ? checked(next, event.slug) : same(next)
    }
    case 'types-done':
      return typesDone(state, event.slug, event.report)
    case 'run-failed': {
      const runs =
        event.what === 'tests'
          ? { ...state.runs, testsRunning: false }
          : { ...state.runs, typesRunning: false }
      return dispatchRuns(notify({ ...state, runs }, event.message))
    }
    case 'reset-done': {
      const files = event.files.length === 1 ? event.files[0] : `${event.files.length} files`
      const next = notify(state, `Reset ${files} to the starter.`)
      // The watcher sees the files change; in manual mode nothing else would rerun.
      return next.config.manual && event.slug === next.current ? runCurrent(next) : same(next)
    }
    case 'problem':
      return same(notify(state, event.message))
    case 'solution':
      return same({ ...state, mode: { name: 'solution', lines: event.lines, scroll: 0 } })
    case 'docs':
      return same(
        event.url ? { ...state, docsUrl: event.url } : notify(state, event.error ?? 'no docs'),
      )
    case 'resize':
      return same({ ...state, size: { columns: event.columns, rows: event.rows } })
    case 'signal':
      return quit(state)
  }
}

// ---- results ----------------------------------------------------------------------------------

function testsDone(state: State, event: Extract<Event, { type: 'tests-done' }>): Next {
  let next = withResult(state, event.slug, { tests: event.outcome })
  if (event.slug === state.current) {
    next = {
      ...next,
      runs: { ...next.runs, testsRunning: false },
      entryMissing: event.entryMissing,
      testRuns: next.testRuns + 1,
    }
    // Hints on screen follow the task that fails now; once it passes they go.
    const task = failingTask(next.results[event.slug])
    const seen = task === undefined ? 0 : seenOf(next, event.slug, task)
    next = { ...next, hint: next.hint !== undefined && seen > 0 ? task : undefined }
    // "Not done yet" and the like answered an earlier key: beside a pass they contradict it.
    if (isDone(event.outcome)) next = { ...next, notice: undefined }
    return dispatchRuns(next)
  }
  return event.slug === state.checking ? checked(next, event.slug) : same(next)
}

function typesDone(state: State, slug: string, report: TypeReport): Next {
  let next = withResult(state, slug, { types: report })
  if (slug === state.current) {
    next = { ...next, runs: { ...next.runs, typesRunning: false } }
    return dispatchRuns(next)
  }
  return slug === state.checking ? checked(next, slug) : same(next)
}

/** While checking at start: open the exercise once it is known to fail, move on once it passes. */
function checked(state: State, slug: string): Next {
  const result = state.results[slug]
  if (isFinished(result)) return checkNext(state, after(state, slug))
  if (isFailing(result)) return open(state, slug)
  return same(state)
}

function withResult(state: State, slug: string, patch: Result): State {
  return { ...state, results: { ...state.results, [slug]: { ...state.results[slug], ...patch } } }
}

// ---- opening exercises ------------------------------------------------------------------------

/** At start, without an exercise to resume: the first available one not known to be finished. */
function checkNext(state: State, from: string | undefined): Next {
  const start = state.exercises.findIndex(({ slug }) => slug === from)
  const candidate = state.exercises
    .slice(Math.max(start, 0))
    .find(({ available, slug }) => available && !isFinished(state.results[slug]))
  if (!from || !candidate) return allDone(state)
  const result = state.results[candidate.slug]
  if (isFailing(result)) return open(state, candidate.slug)
  const effects: Effect[] = []
  if (!result?.tests) effects.push({ type: 'run-tests', slug: candidate.slug, changed: [] })
  if (!result?.types?.complete) effects.push({ type: 'check-types', slug: candidate.slug })
  return { state: { ...state, phase: 'checking', checking: candidate.slug }, effects }
}

function allDone(state: State): Next {
  const { current: _current, checking: _checking, ...rest } = state
  return {
    state: { ...rest, phase: 'all-done', mode: { name: 'exercise' }, hint: undefined },
    effects: [{ type: 'watch' }],
  }
}

/** Watches `slug` from now on, running what its cached result does not already say. */
function open(state: State, slug: string): Next {
  const { checking: _checking, ...rest } = state
  const result = state.results[slug]
  const next: State = {
    ...rest,
    phase: 'watching',
    current: slug,
    mode: { name: 'exercise' },
    hint: undefined,
    changed: [],
    entryMissing: false,
    runs: {
      testsWanted: !result?.tests,
      typesWanted: !result?.types?.complete,
      // A run still going for the exercise being checked is this exercise's own.
      testsRunning: state.checking === slug && !result?.tests,
      typesRunning: state.checking === slug && !result?.types?.complete,
    },
  }
  const opened = dispatchRuns(next)
  // A save the exercise being left has not been run for yet: run it all the same, so what is
  // remembered about it is about its files as they are.
  const left: Effect[] = []
  const leaving = state.current
  if (leaving !== undefined && leaving !== slug) {
    if (state.runs.testsWanted)
      left.push({ type: 'run-tests', slug: leaving, changed: state.changed })
    if (state.runs.typesWanted) left.push({ type: 'check-types', slug: leaving })
  }
  return {
    state: opened.state,
    effects: [...left, { type: 'watch', slug }, { type: 'remember', slug }, ...opened.effects],
  }
}

/** The next unfinished exercise after the current one, wrapping around to any skipped earlier. */
export function nextExercise(state: State): ExerciseInfo | undefined {
  const index = state.exercises.findIndex(({ slug }) => slug === state.current)
  const order = [...state.exercises.slice(index + 1), ...state.exercises.slice(0, index + 1)]
  return order.find(
    ({ slug, available }) =>
      slug !== state.current && available && !isFinished(state.results[slug]),
  )
}

const after = (state: State, slug: string) =>
  state.exercises[state.exercises.findIndex((exercise) => exercise.slug === slug) + 1]?.slug

// ---- runs -------------------------------------------------------------------------------------

/** A save (or Enter in manual mode): the tests and the types are wanted again. */
function runCurrent(state: State): Next {
  return dispatchRuns({ ...state, runs: { ...state.runs, testsWanted: true, typesWanted: true } })
}

/** Starts what is wanted and not already running; a run in flight is followed by one more. */
function dispatchRuns(state: State): Next {
  const slug = state.current
  if (!slug) return same(state)
  const effects: Effect[] = []
  let { runs, changed } = state
  if (runs.testsWanted && !runs.testsRunning) {
    effects.push({ type: 'run-tests', slug, changed })
    runs = { ...runs, testsWanted: false, testsRunning: true }
    changed = []
  }
  if (runs.typesWanted && !runs.typesRunning) {
    effects.push({ type: 'check-types', slug })
    runs = { ...runs, typesWanted: false, typesRunning: true }
  }
  return { state: { ...state, runs, changed }, effects }
}

// ---- keys -------------------------------------------------------------------------------------

function onKey(state: State, key: string): Next {
  if (key === 'ctrl-c') return quit(state)
  switch (state.mode.name) {
    case 'confirm-reset':
      return confirmKey(state, state.mode, key)
    case 'list':
      return listKey(state, state.mode, key)
    case 'solution':
      return solutionKey(state, state.mode, key)
    case 'exercise':
      return exerciseKey(state, key)
  }
}

function exerciseKey(state: State, key: string): Next {
  const slug = state.current
  if (key === 'q') return quit(state)
  if (key === 'l') return same(openList(state))
  if (!slug) return same(state)
  const result = state.results[slug]
  switch (key) {
    case 'h':
      return showHint(state, slug)
    case 'n': {
      if (!isFinished(result)) {
        const why =
          result?.tests && isDone(result.tests) ? 'fix the type errors' : 'make every test pass'
        return same(notify(state, `Not done yet: ${why}, then press n.`))
      }
      const next = nextExercise(state)
      return next ? open(state, next.slug) : allDone(state)
    }
    case 'r':
      return same({ ...state, mode: { name: 'confirm-reset', slug, from: 'exercise' } })
    case 's':
      if (!isFinished(result))
        return same(notify(state, 'The model solution shows once every test passes.'))
      if (!exerciseOf(state, slug)?.hasSolution)
        return same(notify(state, 'This copy of the course has no model solutions.'))
      return { state, effects: [{ type: 'show-solution', slug }] }
    case 'e': {
      if (!state.config.editor)
        return same(notify(state, 'Set $EDITOR (e.g. export EDITOR=nano) to open files with e.'))
      return { state, effects: [{ type: 'edit', slug, ...firstPlace(result) }] }
    }
    case 'enter':
      return state.config.manual ? runCurrent(state) : same(state)
    default:
      return same(state)
  }
}

function showHint(state: State, slug: string): Next {
  const answer = nextHint(
    exerciseOf(state, slug)?.hints ?? [],
    state.results[slug],
    (task) => state.hintsSeen[slug]?.[task] ?? 0,
  )
  if ('notice' in answer) return same(notify(state, answer.notice))
  const { hints, seen } = answer
  const next: State = {
    ...state,
    hint: Number(hints.task.split('.')[0]),
    hintsSeen: { ...state.hintsSeen, [slug]: { ...state.hintsSeen[slug], [hints.task]: seen } },
  }
  return { state: next, effects: [{ type: 'save-hints', slug, task: hints.task, seen }] }
}

function confirmKey(
  state: State,
  mode: Extract<Mode, { name: 'confirm-reset' }>,
  key: string,
): Next {
  const back: State = {
    ...state,
    mode: mode.from === 'list' ? listOf(state) : { name: 'exercise' },
  }
  if (key !== 'y' && key !== 'Y')
    return same(notify(back, 'Reset cancelled: your code is as it was.'))
  return { state: back, effects: [{ type: 'reset', slug: mode.slug }] }
}

function listKey(state: State, mode: Extract<Mode, { name: 'list' }>, key: string): Next {
  const rows = visibleRows(state, mode)
  const selected = rows[mode.cursor]
  const set = (patch: Partial<typeof mode>) =>
    same({ ...state, mode: clampCursor(state, { ...mode, ...patch }) })
  if (mode.typing) {
    if (key === 'enter') return set({ typing: false })
    if (key === 'escape') return set({ typing: false, search: '', cursor: 0 })
    if (key === 'backspace') return set({ search: mode.search.slice(0, -1), cursor: 0 })
    if (key.length === 1 || key === 'space')
      return set({ search: mode.search + (key === 'space' ? ' ' : key), cursor: 0 })
    if (key !== 'up' && key !== 'down') return same(state)
  }
  switch (key) {
    case 'up':
    case 'k':
      return set({ cursor: mode.cursor - 1 })
    case 'down':
    case 'j':
      return set({ cursor: mode.cursor + 1 })
    case 'page-up':
      return set({ cursor: mode.cursor - LIST_PAGE })
    case 'page-down':
      return set({ cursor: mode.cursor + LIST_PAGE })
    case 'home':
    case 'g':
      return set({ cursor: 0 })
    case 'end':
    case 'G':
      return set({ cursor: rows.length - 1 })
    case 'd':
      return set({ filter: mode.filter === 'done' ? 'all' : 'done', cursor: 0 })
    case 'p':
      return set({ filter: mode.filter === 'pending' ? 'all' : 'pending', cursor: 0 })
    case 'a':
      return set({ filter: 'all', search: '', cursor: 0 })
    case '/':
    case 's':
      return set({ typing: true })
    case 'enter':
    case 'c':
      if (!selected) return same(state)
      if (!selected.available)
        return same(notify(state, `${selected.slug} is not in this copy of the course yet.`))
      return selected.slug === state.current
        ? same({ ...state, mode: { name: 'exercise' } })
        : open(state, selected.slug)
    case 'r':
      if (!selected?.available) return same(state)
      return same({ ...state, mode: { name: 'confirm-reset', slug: selected.slug, from: 'list' } })
    case 'q':
    case 'escape':
      return same({ ...state, mode: { name: 'exercise' } })
    default:
      return same(state)
  }
}

function solutionKey(state: State, mode: Extract<Mode, { name: 'solution' }>, key: string): Next {
  const page = Math.max(1, state.size.rows - 4)
  const scroll = (by: number) =>
    same({
      ...state,
      mode: { ...mode, scroll: Math.max(0, Math.min(mode.scroll + by, mode.lines.length - page)) },
    })
  switch (key) {
    case 'down':
    case 'j':
      return scroll(1)
    case 'up':
    case 'k':
      return scroll(-1)
    case 'page-down':
    case 'space':
      return scroll(page)
    case 'page-up':
      return scroll(-page)
    case 'q':
    case 'escape':
    case 's':
      return same({ ...state, mode: { name: 'exercise' } })
    default:
      return same(state)
  }
}

function quit(state: State): Next {
  return { state: { ...state, phase: 'quit' }, effects: [{ type: 'watch' }, { type: 'quit' }] }
}

// ---- the list ---------------------------------------------------------------------------------

function openList(state: State): State {
  return { ...state, mode: listOf(state) }
}

function listOf(state: State): Extract<Mode, { name: 'list' }> {
  const cursor = Math.max(
    0,
    state.exercises.findIndex(({ slug }) => slug === state.current),
  )
  return { name: 'list', cursor, filter: 'all', search: '', typing: false }
}

/** The exercises the list shows, after its filter and search. */
export function visibleRows(
  state: State,
  mode: Pick<Extract<Mode, { name: 'list' }>, 'filter' | 'search'>,
): ExerciseInfo[] {
  const search = mode.search.toLowerCase()
  return state.exercises.filter((exercise) => {
    const done = isFinished(state.results[exercise.slug])
    if (mode.filter === 'done' && !done) return false
    if (mode.filter === 'pending' && done) return false
    return (
      search === '' ||
      exercise.slug.toLowerCase().includes(search) ||
      exercise.title.toLowerCase().includes(search)
    )
  })
}

function clampCursor(state: State, mode: Extract<Mode, { name: 'list' }>): typeof mode {
  const last = visibleRows(state, mode).length - 1
  return { ...mode, cursor: Math.max(0, Math.min(mode.cursor, last)) }
}

// ---- small helpers ----------------------------------------------------------------------------

const same = (state: State): Next => ({ state, effects: [] })

function notify(state: State, text: string): State {
  return { ...state, notice: text, serial: state.serial + 1 }
}

const union = (a: string[], b: string[]) => [...new Set([...a, ...b])]

export const exerciseOf = (state: State, slug: string | undefined) =>
  state.exercises.find((exercise) => exercise.slug === slug)

export function seenOf(state: State, slug: string, task: number): number {
  const hints = hintsOfTask(exerciseOf(state, slug)?.hints ?? [], task)
  return hints ? (state.hintsSeen[slug]?.[hints.task] ?? 0) : 0
}

/** Where to open the editor: the first failure, else the first type error. */
function firstPlace(result: Result | undefined): { file?: string; line?: number; column?: number } {
  const failure = result?.tests && firstFailure(result.tests)
  const where = placeOf(failure) ?? result?.types?.first
  return where && where.file ? { file: where.file, line: where.line, column: where.column } : {}
}
