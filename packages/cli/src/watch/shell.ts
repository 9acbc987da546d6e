/**
 * Watch mode's thin shell: turns keys, file changes, results and resizes into events for the state
 * machine (state.ts), carries out its effects, and draws its view (view.ts). On a terminal it
 * redraws one screen and reads single keys; elsewhere (a pipe, CI) it prints each part of the
 * screen as it changes and reads the same letters, one a line.
 */
import { existsSync, statSync } from 'node:fs'
import path from 'node:path'
import readline from 'node:readline'
import { watch as watchFiles, type FSWatcher } from 'chokidar'
import { filesUnder, type Course, type Exercise } from '@iterlings/course'
import { recordStarters, restoreStarter } from '../../bin/starters.js'
import { Checks } from '../checks.ts'
import { serveDocs } from '../docs-server.ts'
import { editorOf, openEditor } from '../editor.ts'
import { exerciseInfos } from '../exercises.ts'
import { placeToEdit } from '../outcome.ts'
import { isAvailable, Progress } from '../progress.ts'
import type { Result } from '../result.ts'
import { solutionDiff } from '../solution.ts'
import { styleFor } from '../style.ts'
import { keyOfLine, keysOf } from './keys.ts'
import { initialState, update, type Effect, type Event, type State } from './state.ts'
import { screenLines, view, type ViewContext } from './view.ts'

export interface WatchOptions {
  /** Rerun on Enter instead of watching files (for WSL, network drives). */
  manual: boolean
  /** Serve the docs site beside watch mode. */
  docs: boolean
  timeLimitMs: number
  /** Open this exercise instead of resuming. */
  start?: Exercise | undefined
}

const CLEAR = '\u001b[2J\u001b[3J\u001b[H'

export async function watch(course: Course, options: WatchOptions): Promise<number> {
  const out = process.stdout
  const input = process.stdin
  const tty = Boolean(out.isTTY && input.isTTY)
  const editor = editorOf()
  const context: ViewContext = {
    look: { style: styleFor(out), links: tty, root: course.root },
  }
  recordStarters(
    course.root,
    course.exercises.map(({ slug }) => slug),
  )
  const progress = new Progress(course)
  const checks = new Checks(progress, { timeLimitMs: options.timeLimitMs })
  const docs = options.docs ? serveDocs(course.root) : undefined
  const results: Record<string, Result> = {}
  for (const exercise of course.exercises) {
    const cached = progress.cached(exercise)
    if (cached) results[exercise.slug] = cached
  }
  let state: State = initialState(
    { tty, manual: options.manual, editor: Boolean(editor) },
    exerciseInfos(course),
    results,
    progress.hintsSeen,
    { columns: out.columns || 80, rows: out.rows || 24 },
  )
  const exercise = (slug: string) => course.exercises.find((candidate) => candidate.slug === slug)

  let finish: (code: number) => void = () => {}
  const finished = new Promise<number>((resolve) => (finish = resolve))
  let fileWatcher: FSWatcher | undefined

  // ---- drawing -------------------------------------------------------------------------------

  let drawn = ''
  const printed = new Map<string, string>()
  function draw(force = false): void {
    if (state.phase === 'quit') return
    if (tty) {
      const screen = screenLines(state, context).join('\n')
      if (screen !== drawn || force) out.write(CLEAR + screen + '\n')
      drawn = screen
      return
    }
    // Without a terminal: each part of the screen once, and again whenever it changes.
    const sections = view(state, context)
    for (const id of printed.keys())
      if (!sections.some((section) => section.id === id)) printed.delete(id)
    for (const { id, lines, key = lines.join('\n') } of sections) {
      if (printed.get(id) === key) continue
      printed.set(id, key)
      out.write(lines.join('\n') + '\n')
    }
  }

  // ---- events and effects --------------------------------------------------------------------

  const queue: Event[] = []
  let busy = false
  function dispatch(event: Event): void {
    queue.push(event)
    if (busy) return
    busy = true
    try {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const { state: after, effects } = update(state, next)
        state = after
        for (const effect of effects) perform(effect)
      }
    } finally {
      busy = false
    }
    draw()
  }

  const failed = (slug: string, what: 'tests' | 'types') => (error: unknown) =>
    dispatch({
      type: 'run-failed',
      slug,
      what,
      message: error instanceof Error ? error.message : String(error),
    })

  function perform(effect: Effect): void {
    switch (effect.type) {
      case 'run-tests': {
        const target = exercise(effect.slug)
        if (!target) return
        const entry = path.join(target.dir, 'src', 'index.ts')
        checks.tests(target, effect.changed).then(
          (outcome) =>
            dispatch({
              type: 'tests-done',
              slug: effect.slug,
              outcome,
              entryMissing: !existsSync(entry),
            }),
          failed(effect.slug, 'tests'),
        )
        return
      }
      case 'check-types': {
        const target = exercise(effect.slug)
        if (!target) return
        checks
          .types(target, (report) => dispatch({ type: 'types-early', slug: effect.slug, report }))
          .then(
            (report) => dispatch({ type: 'types-done', slug: effect.slug, report }),
            failed(effect.slug, 'types'),
          )
        return
      }
      case 'watch':
        return watchExercise(effect.slug)
      case 'remember':
        progress.current = effect.slug
        return
      case 'save-hints':
        return progress.setHintsSeen(effect.slug, effect.task, effect.seen)
      case 'reset':
        try {
          dispatch({
            type: 'reset-done',
            slug: effect.slug,
            files: restoreStarter(course.root, effect.slug),
          })
        } catch (error) {
          dispatch({
            type: 'problem',
            message: error instanceof Error ? error.message : String(error),
          })
        }
        return
      case 'show-solution': {
        const target = exercise(effect.slug)
        if (target) dispatch({ type: 'solution', lines: solutionDiff(target, context.look.style) })
        return
      }
      case 'edit':
        return edit(effect)
      case 'quit':
        return quit()
    }
  }

  function watchExercise(slug: string | undefined): void {
    void fileWatcher?.close()
    fileWatcher = undefined
    const target = slug === undefined ? undefined : exercise(slug)
    if (!target || !isAvailable(target)) return
    checks.warm(target)
    if (options.manual) return
    const src = path.join(target.dir, 'src')
    const before = snapshot(src)
    const watcher = watchFiles(src, { ignoreInitial: true })
    fileWatcher = watcher
    const changed = (files: string[]) => {
      if (fileWatcher === watcher && files.length > 0)
        dispatch({ type: 'files-changed', slug: target.slug, files })
    }
    watcher.on('all', (_event, file) => changed([path.resolve(file)]))
    // Chokidar misses a save made while it first scans the folder (on a busy machine, a second or
    // more): what changed since watching began is a save too.
    watcher.on('ready', () => changed(differences(before, snapshot(src))))
  }

  function edit(effect: Extract<Effect, { type: 'edit' }>): void {
    const target = exercise(effect.slug)
    if (!editor || !target) return
    const { file, line, column } = placeToEdit(target.dir, effect)
    if (tty) input.setRawMode(false)
    try {
      openEditor(editor, file, line, column)
    } catch (error) {
      queue.push({
        type: 'problem',
        message: error instanceof Error ? error.message : String(error),
      })
    } finally {
      if (tty) input.setRawMode(true)
      drawn = ''
    }
  }

  function quit(): void {
    void fileWatcher?.close()
    checks.close()
    docs?.stop()
    if (input.isTTY) input.setRawMode(false)
    input.pause()
    out.write(
      '\n' +
        (state.current
          ? `Bye for now. Run the same command to come back to ${state.current}.`
          : 'Bye, and well done.') +
        '\n',
    )
    finish(0)
  }

  // ---- input ---------------------------------------------------------------------------------

  if (tty) {
    input.setRawMode(true)
    input.setEncoding('utf8')
    input.on('data', (data: string) => {
      for (const key of keysOf(data)) dispatch({ type: 'key', key })
    })
    out.on('resize', () => dispatch({ type: 'resize', columns: out.columns, rows: out.rows }))
  } else {
    readline
      .createInterface({ input })
      .on('line', (line) => dispatch({ type: 'key', key: keyOfLine(line) }))
  }
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
    process.once(signal, () => dispatch({ type: 'signal' }))

  docs?.url.then(
    (url) => dispatch({ type: 'docs', url }),
    (error: Error) => dispatch({ type: 'docs', error: error.message }),
  )

  // ---- start ---------------------------------------------------------------------------------

  const resume = progress.current && exercise(progress.current)
  const open = options.start ?? (resume && isAvailable(resume) ? resume : undefined)
  dispatch({ type: 'start', open: open?.slug })
  return finished
}

/** Each file under a folder and when it last changed. */
function snapshot(dir: string): Map<string, number> {
  const files = new Map<string, number>()
  for (const file of filesUnder(dir)) {
    try {
      files.set(file, statSync(file).mtimeMs)
    } catch {
      // Deleted between the listing and the stat: absent, as it is now.
    }
  }
  return files
}

/** The files added, changed or deleted between two snapshots. */
function differences(before: Map<string, number>, after: Map<string, number>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()])
  return [...keys].filter((file) => before.get(file) !== after.get(file))
}
