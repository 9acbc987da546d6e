/**
 * Watch mode's screen as a function of its state: named sections of lines. On a terminal the
 * shell draws them all, wrapped to the window and cut to its height; without one it prints each
 * section when it changes, so a log reads as a story.
 */
import path from 'node:path'
import { firstFailure, isDone } from '../outcome.ts'
import { isFinished } from '../result.ts'
import {
  counts,
  failureLines,
  hintLines,
  progressBar,
  standing,
  typeErrorLines,
  wrapLine,
  type Look,
} from '../screen.ts'
import { pageUrl } from '../docs-server.ts'
import { relative } from '../paths.ts'
import { hintsOfTask } from '../hints.ts'
import {
  exerciseOf,
  nextExercise,
  seenOf,
  visibleRows,
  type ExerciseInfo,
  type Mode,
  type State,
} from './state.ts'

export interface Section {
  id: string
  lines: string[]
  /** What makes the section new where lines are printed; its text unless said otherwise. */
  key?: string
}

export interface ViewContext {
  /** Colours, links, and the course root that paths are shown from. */
  look: Look
}

export function view(
  state: State,
  context: ViewContext,
  { latestHintOnly = false } = {},
): Section[] {
  const { style } = context.look
  const sections: Section[] = []
  const add = (id: string, lines: string[], key?: string) => {
    if (lines.length > 0) sections.push({ id, lines, ...(key !== undefined && { key }) })
  }
  add('header', header(state, context))
  switch (state.mode.name) {
    case 'list':
      add('list', listLines(state, state.mode, context))
      break
    case 'solution':
      add('solution', solutionLines(state, state.mode))
      break
    default:
      add('body', body(state, context))
      if (state.phase === 'watching') {
        const current = state.results[state.current ?? '']
        const tests = testLines(state, context)
        add('tests', tests, `${state.testRuns}\n${tests.join('\n')}`)
        add('types', typeLines(state, context))
        add('verdict', verdictLines(state, context))
        const task = state.hint
        const hints =
          task !== undefined && hintsOfTask(exerciseOf(state, state.current)?.hints ?? [], task)
        if (hints && !isFinished(current))
          add(
            'hint',
            hintLines({ task: hints, seen: seenOf(state, state.current ?? '', task) }, style, {
              latestOnly: latestHintOnly,
            }),
          )
      }
  }
  if (state.notice) add('notice', [style.yellow(state.notice)], `${state.serial}`)
  if (state.mode.name === 'confirm-reset') add('confirm', [confirmLine(state.mode.slug, context)])
  add('keys', keysLine(state, context))
  return sections
}

/** The sections as a terminal screen: wrapped between words, and no taller than the window. */
export function screenLines(state: State, context: ViewContext): string[] {
  const draw = (latestHintOnly: boolean) =>
    view(state, context, { latestHintOnly })
      .flatMap((section, index) => (index === 0 ? section.lines : ['', ...section.lines]))
      .flatMap((line) => wrapLine(line, state.size.columns))
  let lines = draw(false)
  if (lines.length >= state.size.rows) lines = draw(true)
  // Still too tall: the bottom (the keys) and the top (where you are) stay, the middle gives way.
  if (lines.length >= state.size.rows && state.size.rows > 4) {
    const keep = state.size.rows - 2
    lines = [...lines.slice(0, keep - 1), context.look.style.dim('…'), ...lines.slice(-1)]
  }
  return lines
}

function header(state: State, { look }: ViewContext): string[] {
  const { style, root } = look
  const done = state.exercises.filter(({ slug }) => isFinished(state.results[slug])).length
  const bar = progressBar(done, state.exercises.length, style)
  const exercise = exerciseOf(state, state.current)
  if (!exercise || state.phase !== 'watching') return [bar]
  const lines = [
    `${style.bold('iterlings')} · ${style.bold(exercise.slug)} · ${exercise.title}`,
    bar,
  ]
  if (state.mode.name === 'list') return lines
  const task = taskLine(state, exercise)
  if (task) lines.push(task)
  if (state.docsUrl) lines.push(`Read: ${style.cyan(pageUrl(state.docsUrl, exercise.docs))}`)
  lines.push(`Edit: ${style.cyan(relative(root, entryOf(root, exercise)))}`)
  return lines
}

/** "Task 3 of 14: take", the task the first failure belongs to. */
function taskLine(state: State, exercise: ExerciseInfo): string | undefined {
  const result = state.results[exercise.slug]
  const failure = result?.tests && firstFailure(result.tests)
  // A stopped run marks the test it stopped in as failed: that says nothing about the task.
  if (result?.tests?.stop || failure?.kind !== 'test' || failure.test.task === undefined)
    return undefined
  const { task } = failure.test
  const where = standing(result, exercise.tasks.length) ?? ''
  const title = exercise.tasks.find(({ number }) => number === task)?.title
  return `${where.replace(/^t/, 'T')}${title ? `: ${title}` : ''}`
}

function body(state: State, { look }: ViewContext): string[] {
  const { style } = look
  if (state.phase === 'checking')
    return [state.checking ? `Checking ${state.checking}…` : 'Checking your exercises…']
  if (state.phase === 'all-done') {
    const missing = state.exercises.filter(({ available }) => !available).length
    return [
      style.green(style.bold('All done: every exercise here passes. Well done!')),
      ...(missing > 0
        ? [
            `${missing} more ${missing === 1 ? 'is' : 'are'} not in this copy of the course yet: update it (git pull) for more.`,
          ]
        : []),
    ]
  }
  return []
}

function testLines(state: State, { look }: ViewContext): string[] {
  const { style } = look
  const slug = state.current ?? ''
  const tests = state.results[slug]?.tests
  const running = state.runs.testsRunning && state.config.tty
  if (!tests) return state.config.tty ? ['Running the tests…'] : []
  const lines = [counts(tests, style) + (running ? style.dim('  (running again…)') : '')]
  if (!isDone(tests)) {
    const exercise = exerciseOf(state, slug)
    const failure = firstFailure(tests)
    const entry = exercise && path.join('exercises', exercise.slug, 'src', 'index.ts')
    lines.push(
      '',
      ...failureLines(tests, failure, look, {
        entryMissing: state.entryMissing ? entry : undefined,
      }),
    )
  }
  return lines
}

function typeLines(state: State, { look }: ViewContext): string[] {
  const result = state.results[state.current ?? '']
  if (!result?.tests) return []
  if (result.types?.first) return typeErrorLines(result.types, look)
  const checking = state.runs.typesRunning || !result.types?.complete
  return checking && state.config.tty && isDone(result.tests)
    ? [look.style.dim('Checking the types…')]
    : []
}

function verdictLines(state: State, { look }: ViewContext): string[] {
  const { style } = look
  const slug = state.current ?? ''
  const result = state.results[slug]
  if (!result?.tests || !isDone(result.tests)) return []
  if (!isFinished(result)) {
    if ((result.types?.errors ?? 0) === 0) return []
    return [style.yellow('Every test passes; fix the type error above to finish.')]
  }
  const next = nextExercise(state)
  const solution = exerciseOf(state, slug)?.hasSolution
    ? ' Press s to compare with the model solution.'
    : ''
  return [
    style.green(style.bold('Exercise done!')) +
      (next ? ` Press n for the next one: ${next.slug}.` : ' Press n to finish.') +
      solution,
  ]
}

function listLines(
  state: State,
  mode: Extract<Mode, { name: 'list' }>,
  { look }: ViewContext,
): string[] {
  const { style } = look
  const rows = visibleRows(state, mode)
  const width = Math.max(...state.exercises.map(({ slug }) => slug.length))
  // Room for the header, the filter line and the keys: the list scrolls with the cursor.
  const room = Math.max(3, state.size.rows - 9)
  const top = Math.min(Math.max(0, mode.cursor - room + 1), Math.max(0, rows.length - room))
  const shown = state.config.tty ? rows.slice(top, top + room) : rows
  const lines = shown.map((exercise) => {
    const index = rows.indexOf(exercise)
    const selected = state.config.tty && index === mode.cursor
    const current = exercise.slug === state.current
    const line = `${selected ? '❯' : ' '} ${statusMark(state, exercise, look)} ${exercise.slug.padEnd(width)}  ${statusText(state, exercise, look)}${current ? style.dim('  ← current') : ''}`
    return selected ? style.inverse(line) : line
  })
  if (rows.length === 0) lines.push(style.dim('  no exercise matches'))
  const filters = [
    mode.filter !== 'all' && `showing ${mode.filter === 'done' ? 'done' : 'pending'} only`,
    (mode.search || mode.typing) && `search: ${mode.search}${mode.typing ? '▏' : ''}`,
    rows.length > shown.length && `${top + 1}-${top + shown.length} of ${rows.length}`,
  ].filter(Boolean)
  if (filters.length > 0) lines.push('', style.dim(filters.join(' · ')))
  return lines
}

function statusMark(state: State, exercise: ExerciseInfo, { style }: Look): string {
  if (!exercise.available) return style.dim('·')
  const result = state.results[exercise.slug]
  if (isFinished(result)) return style.green('✓')
  return result?.tests ? style.red('✗') : style.dim('·')
}

function statusText(state: State, exercise: ExerciseInfo, { style }: Look): string {
  if (!exercise.available) return style.dim('not in this copy of the course yet')
  const where = standing(state.results[exercise.slug], exercise.tasks.length)
  if (!where) return style.dim('not run yet')
  return where === 'done' ? style.green('done') : where
}

function solutionLines(state: State, mode: Extract<Mode, { name: 'solution' }>): string[] {
  if (!state.config.tty) return mode.lines
  const room = Math.max(3, state.size.rows - 6)
  return mode.lines.slice(mode.scroll, mode.scroll + room)
}

function confirmLine(slug: string, { look }: ViewContext): string {
  return look.style.yellow(
    `Reset exercises/${slug}/src to the starter? Your changes there will be lost. y: reset, any other key: keep them`,
  )
}

function keysLine(state: State, { look }: ViewContext): string[] {
  const { style } = look
  const mode = state.mode
  const plain = !state.config.tty
  let keys: Array<string | false>
  if (mode.name === 'list') {
    keys = mode.typing
      ? ['type to search', 'Enter: done', 'Esc: clear']
      : [
          '↑↓/j k move',
          'Enter open',
          `d done${mode.filter === 'done' ? ' ✓' : ''}`,
          `p pending${mode.filter === 'pending' ? ' ✓' : ''}`,
          '/ search',
          'r reset',
          'q/Esc back',
        ]
  } else if (mode.name === 'solution') {
    keys = ['↑↓/j k scroll', 'space page', 'q/Esc back']
  } else if (mode.name === 'confirm-reset') {
    keys = []
  } else if (!state.current) {
    keys = ['l list', 'q quit']
  } else {
    const result = state.results[state.current]
    const finished = isFinished(result)
    keys = [
      !finished && 'h hint',
      finished && 'n next',
      finished && exerciseOf(state, state.current)?.hasSolution === true && 's solution',
      'l list',
      'r reset',
      state.config.editor && 'e edit',
      state.config.manual && 'Enter run',
      'q quit',
    ]
  }
  const line = keys.filter(Boolean).join(' · ')
  return line === '' ? [] : [style.dim(line + (plain ? ' (type a letter, then Enter)' : ''))]
}

function entryOf(root: string, exercise: ExerciseInfo): string {
  return path.join(root, 'exercises', exercise.slug, 'src', 'index.ts')
}
