/**
 * Watch mode: the one command a student needs. It opens at the first unfinished exercise, reruns
 * its tests on every save of src/, and answers single keys: h hint, n next, l list, r reset, q quit.
 * On a terminal it redraws one compact screen; elsewhere (a pipe, CI) it prints plain lines and
 * reads the same letters, one a line.
 */
import path from 'node:path'
import readline from 'node:readline'
import { watch as watchFiles, type FSWatcher } from 'chokidar'
import type { Course, Exercise } from '@iterlings/course'
import { pageUrl, serveDocs, type DocsServer } from './docs-server.ts'
import { hint } from './hints.ts'
import { filesUnder, isAvailable, Progress } from './progress.ts'
import { TestRunner } from './runner.ts'
import {
  counts,
  explain,
  hintLines,
  listLines,
  progressBar,
  statusOf,
  wrapLine,
  type Hint,
} from './screen.ts'
import { restoreStarter } from './starter.ts'
import { styleFor } from './style.ts'
import { isDone, relative, type RunSummary } from './summary.ts'

export interface WatchOptions {
  /** Rerun on Enter instead of watching files (for WSL, network drives). */
  manual: boolean
  /** Serve the docs site beside watch mode. */
  docs: boolean
  timeLimitMs: number
  /** Open this exercise instead of the first unfinished one. */
  start?: Exercise | undefined
}

type Mode = 'main' | 'list' | 'confirm-reset'

const CLEAR = '\u001b[2J\u001b[3J\u001b[H'

export async function watch(course: Course, options: WatchOptions): Promise<number> {
  const out = process.stdout
  const tty = Boolean(out.isTTY && process.stdin.isTTY)
  const style = styleFor(out)
  const progress = new Progress(course)
  const runner = new TestRunner({ timeLimitMs: options.timeLimitMs })
  const docs: DocsServer | undefined = options.docs ? serveDocs(course.root) : undefined

  let exercise: Exercise | undefined
  let summary: RunSummary | undefined
  let running = false
  let mode: Mode = 'main'
  let shownHint: Hint | undefined
  let notice: string | undefined
  let docsUrl: string | undefined
  let fileWatcher: FSWatcher | undefined
  const changed = new Set<string>()
  let rerun = false
  /** Set once the opening exercise is known and its screen can be drawn. */
  let started = false

  const print = (lines: string[]) => out.write(lines.join('\n') + '\n')
  const rel = (file: string) => relative(course.root, file)

  // ---- drawing -------------------------------------------------------------------------------

  function header(): string[] {
    const lines = [progressBar(progress.doneCount(), course.exercises.length, style)]
    if (!exercise) return lines
    lines.unshift(`${style.bold('iterlings')} · ${style.bold(exercise.slug)} · ${exercise.title}`)
    if (docsUrl) lines.push(`Read: ${style.cyan(pageUrl(docsUrl, exercise.docs))}`)
    lines.push(`Edit: ${style.cyan(rel(path.join(exercise.dir, 'src', 'index.ts')))}`)
    return lines
  }

  function resultLines(): string[] {
    if (!exercise) {
      const missing = course.exercises.filter((candidate) => !isAvailable(candidate)).length
      return [
        style.green(style.bold('All done: every exercise here passes. Well done!')),
        ...(missing > 0
          ? [
              `${missing} more ${missing === 1 ? 'is' : 'are'} not in this copy of the course yet: update it (git pull) for more.`,
            ]
          : []),
      ]
    }
    if (running && !summary) return ['Running the tests…']
    if (!summary) return []
    const lines = [counts(summary, style) + (running ? style.dim('  (running again…)') : '')]
    if (isDone(summary)) {
      const next = nextExercise()
      lines.push(
        style.green(style.bold('Exercise done!')) +
          (next ? ` Press n for the next one: ${next.slug}.` : ' Press n to finish.'),
      )
    } else lines.push('', ...explain(summary, course.root, style, options.timeLimitMs))
    return lines
  }

  const keysLine = () => {
    const done = summary !== undefined && isDone(summary)
    const keys = exercise
      ? [
          !done && 'h hint',
          done && 'n next',
          'l list',
          'r reset',
          options.manual && 'Enter run',
          'q quit',
        ]
      : ['l list', 'q quit']
    return style.dim(keys.filter(Boolean).join(' · '))
  }

  const confirmLine = () =>
    style.yellow(
      `Reset ${exercise ? rel(path.join(exercise.dir, 'src')) : ''} to the starter? Your changes there will be lost. y: reset, any other key: keep them`,
    )

  function screen({ latestHintOnly = false } = {}): string[] {
    if (mode === 'list') return [...header(), '', ...listRows(), '', style.dim('any key: back')]
    const lines = [...header(), '', ...resultLines()]
    if (shownHint) lines.push('', ...hintLines(shownHint, style, { latestOnly: latestHintOnly }))
    if (notice) lines.push('', style.yellow(notice))
    if (mode === 'confirm-reset') lines.push('', confirmLine())
    lines.push('', keysLine())
    return lines
  }

  const listRows = () =>
    listLines(
      course.exercises.map((candidate) => ({
        exercise: candidate,
        status: statusOf(progress.cached(candidate), isAvailable(candidate)),
        summary: progress.cached(candidate),
      })),
      style,
    )

  /** On a terminal: redraw. Elsewhere: print only what `event` added. */
  function paint(event: 'screen' | 'result' | 'hint' | 'list' | 'notice' | 'confirm' | 'exercise') {
    if (tty) {
      const draw = (latestHintOnly: boolean) =>
        screen({ latestHintOnly })
          .join('\n')
          .split('\n')
          .flatMap((line) => wrapLine(line, out.columns))
      let lines = draw(false)
      // Too tall for the window, the top (which exercise, the counts) would scroll out of sight.
      if (lines.length >= out.rows) lines = draw(true)
      out.write(CLEAR + lines.join('\n') + '\n')
      return
    }
    if (event === 'exercise') print(['', ...header()])
    else if (event === 'result') print(resultLines())
    else if (event === 'hint' && shownHint) print(hintLines(shownHint, style))
    else if (event === 'list') print(listRows())
    else if (event === 'notice' && notice) print([notice])
    else if (event === 'confirm') print([confirmLine()])
  }

  // ---- running -------------------------------------------------------------------------------

  async function runTests(): Promise<void> {
    if (!exercise) return
    if (running) {
      rerun = true
      return
    }
    const target = exercise
    running = true
    if (tty) paint('screen')
    const files = [...changed]
    changed.clear()
    try {
      const result = await progress.test(target, () => runner.run(target, files))
      if (target === exercise) {
        summary = result
        // A hint on screen follows the task that fails now; once all pass, hints go away.
        if (shownHint)
          shownHint = hint(progress, target, result.firstFailure?.task, { more: false })
        if (shownHint?.shown.length === 0 || isDone(result)) shownHint = undefined
        // "Not done yet" and the like answered an earlier key: beside a pass they contradict it.
        if (isDone(result)) notice = undefined
      }
    } catch (error) {
      notice = error instanceof Error ? error.message : String(error)
    }
    running = false
    if (rerun) {
      rerun = false
      return runTests()
    }
    paint('result')
  }

  function watchExercise(next: Exercise | undefined): void {
    void fileWatcher?.close()
    fileWatcher = undefined
    exercise = next
    summary = next && progress.cached(next)
    shownHint = undefined
    if (!next) return
    if (!options.manual) {
      fileWatcher = watchFiles(path.join(next.dir, 'src'), { ignoreInitial: true })
      fileWatcher.on('all', (_event, file) => {
        changed.add(path.resolve(file))
        void runTests()
      })
    }
  }

  /** The next unfinished exercise after the current one, wrapping around to any skipped earlier. */
  function nextExercise(): Exercise | undefined {
    const index = exercise ? course.exercises.indexOf(exercise) : -1
    const order = [...course.exercises.slice(index + 1), ...course.exercises.slice(0, index + 1)]
    return order.find(
      (candidate) =>
        candidate !== exercise && isAvailable(candidate) && !progress.isDone(candidate),
    )
  }

  /** Opens at the first exercise whose tests do not all pass, running tests only where no fresh result is cached. */
  async function firstUnfinished(): Promise<Exercise | undefined> {
    for (const candidate of course.exercises) {
      if (!isAvailable(candidate)) continue
      let result = progress.cached(candidate)
      if (!result) {
        if (!tty) print([style.dim(`checking ${candidate.slug}…`)])
        else out.write(CLEAR + `Checking ${candidate.slug}…\n`)
        result = await progress.test(candidate, () => runner.run(candidate))
      }
      if (!isDone(result)) return candidate
    }
    return undefined
  }

  // ---- keys ----------------------------------------------------------------------------------

  let finish: (code: number) => void = () => {}
  const finished = new Promise<number>((resolve) => (finish = resolve))

  function quit(): void {
    void fileWatcher?.close()
    runner.close()
    docs?.stop()
    if (process.stdin.isTTY) process.stdin.setRawMode(false)
    process.stdin.pause()
    print([
      '',
      exercise
        ? `Bye for now. Run the same command to come back to ${exercise.slug}.`
        : 'Bye, and well done.',
    ])
    finish(0)
  }

  function onKey(key: string): void {
    notice = undefined
    if (key === '\u0003' || (key === 'q' && mode !== 'confirm-reset')) return quit()
    if (mode === 'list') {
      mode = 'main'
      return paint('screen')
    }
    if (mode === 'confirm-reset') {
      mode = 'main'
      if (key.toLowerCase() !== 'y' || !exercise) {
        notice = 'Reset cancelled: your code is as it was.'
        return paint('notice')
      }
      try {
        const files = restoreStarter(course, exercise)
        notice = `Reset ${files.length === 1 ? files[0] : `${files.length} files`} to the starter.`
        for (const file of filesUnder(path.join(exercise.dir, 'src'))) changed.add(file)
      } catch (error) {
        notice = error instanceof Error ? error.message : String(error)
      }
      paint('notice')
      // The watcher sees the files change too; in manual mode nothing else would rerun.
      if (options.manual) void runTests()
      return
    }
    switch (key) {
      case 'h':
        if (!exercise) return
        if (summary && isDone(summary)) {
          notice = 'Every test passes: no hint needed.'
          return paint('notice')
        }
        shownHint = hint(progress, exercise, summary?.firstFailure?.task, { more: true })
        return paint('hint')
      case 'n': {
        if (!exercise) return
        if (!summary || !isDone(summary)) {
          notice = 'Not done yet: make every test pass, then press n.'
          return paint('notice')
        }
        watchExercise(nextExercise())
        paint('exercise')
        void runTests()
        return
      }
      case 'l':
        if (tty) mode = 'list'
        return paint('list')
      case 'r':
        if (!exercise) return
        mode = 'confirm-reset'
        return paint('confirm')
      case '\r':
      case '\n':
      case '':
        if (options.manual && exercise) {
          for (const file of filesUnder(path.join(exercise.dir, 'src'))) changed.add(file)
          void runTests()
        }
        return
      default:
        paint('screen')
    }
  }

  if (tty) {
    process.stdin.setRawMode(true)
    process.stdin.setEncoding('utf8')
    process.stdin.on('data', (data: string) => {
      for (const key of data) onKey(key)
    })
  } else {
    readline
      .createInterface({ input: process.stdin })
      .on('line', (line) => onKey(line.trim().slice(0, 1)))
  }
  process.once('SIGINT', quit)
  process.once('SIGTERM', quit)
  process.once('SIGHUP', quit)

  docs?.url.then(
    (url) => {
      docsUrl = url
      // While the first exercises are being checked there is no screen yet: it shows the URL later.
      if (!tty) print([`Docs: ${url}`])
      else if (started) paint('screen')
    },
    (error: Error) => {
      notice = error.message
      if (!tty || started) paint('notice')
    },
  )

  // ---- start ---------------------------------------------------------------------------------

  const first = options.start ?? (await firstUnfinished())
  if (first) runner.warm(first)
  watchExercise(first)
  started = true
  // Redraw to the new width: the screen wraps between words.
  if (tty) out.on('resize', () => paint('screen'))
  paint('exercise')
  if (first) {
    if (summary) paint('result')
    else await runTests()
  }
  if (!tty) print([keysLine() + style.dim(' (type a letter, then Enter)')])
  return finished
}
