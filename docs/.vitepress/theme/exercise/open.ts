/**
 * The exercise panel of a concept page's exercise card: the student's src/index.ts in the Try-it
 * editor, and its own tests run in a worker (worker.ts) by the harness, supervised as the CLI's
 * runs are (@iterlings/run): the same time limit, the same words when a run is stopped, the first
 * failure in task order. The code is kept in localStorage per exercise. Loaded on the first click.
 */
import { firstFailure, isDone, supervise, type RunOutcome } from '@iterlings/run'
import { loaders } from 'virtual:exercise'
import { createEditor } from '../try-it/editor.ts'
import { element } from '../try-it/element.ts'
import { WorkerHost } from '../try-it/worker-host.ts'
import type { ExerciseJob } from './messages.ts'

/** The CLI's default (packages/cli, DEFAULT_TIME_LIMIT_MS). */
const TIME_LIMIT_MS = 10_000
/** Loading the worker, the harness and the setup file, before any of the student's code runs. */
const START_LIMIT_MS = 30_000

const storageKey = (slug: string) => `iterlings:exercise:${slug}`
function remembered(slug: string): string | null {
  try {
    return localStorage.getItem(storageKey(slug))
  } catch {
    return null // storage refused (a private window, say): the code lasts as long as the page
  }
}
function remember(slug: string, code: string | undefined): void {
  try {
    if (code === undefined) localStorage.removeItem(storageKey(slug))
    else localStorage.setItem(storageKey(slug), code)
  } catch {
    // as above
  }
}

/** Opens the panel in `parent`; resolves to what closes it (its worker) when the page goes. */
export async function openExercise(parent: HTMLElement, slug: string): Promise<() => void> {
  const load = loaders[slug]
  if (!load) throw new Error(`Exercise panel: no tests for ${slug}`)
  const host = new WorkerHost<ExerciseJob, never>(
    () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }),
  )
  host.warm() // the harness loads while the tests arrive
  const { starter, ...tests } = (await load()).default

  const editorHost = element('div', 'try-it-editor')
  const run = element('button', 'try-it-run', 'Run tests')
  const reset = element('button', 'try-it-reset', 'Reset to the starter')
  const hint = element('span', 'try-it-hint', 'Ctrl+Enter runs the tests')
  const status = element('span', 'try-it-status exercise-panel-status')
  status.setAttribute('role', 'status')
  const results = element('div', 'exercise-panel-results')
  results.setAttribute('aria-live', 'polite')
  const panel = element('section', 'exercise-panel')
  panel.setAttribute('aria-label', 'Exercise')
  panel.append(
    element('p', 'exercise-panel-title', 'Exercise: src/index.ts'),
    editorHost,
    element('div', 'try-it-toolbar', run, reset, hint, status),
    results,
  )

  let runs = 0
  let running = false
  const start = async () => {
    const id = ++runs
    // A run still going is replaced: its worker is thrown away, and so is its result.
    if (running) host.discard()
    running = true
    panel.dataset.state = 'running'
    status.textContent = 'Running the tests…'
    results.replaceChildren()
    const outcome = await supervise(
      host.run({ tests, code: editor.code }, () => undefined),
      {
        runMs: TIME_LIMIT_MS,
        startMs: START_LIMIT_MS,
      },
    )
    if (id !== runs) return
    running = false
    if (outcome.stop || outcome.errors.length > 0) host.discard()
    show(outcome)
  }

  function show(outcome: RunOutcome) {
    const count = (status: string) => outcome.tests.filter((test) => test.status === status).length
    const [passed, failed] = [count('passed'), count('failed')]
    panel.dataset.state = isDone(outcome) ? 'passed' : outcome.stop ? 'stopped' : 'failed'
    const notRun = outcome.stop?.notRun.length ?? 0
    status.textContent = `${passed} passed, ${failed} failed${notRun ? `, ${notRun} not run` : ''}`
    const lines: HTMLElement[] = []
    // A long message scrolls inside its box: the keyboard must reach it too.
    const text = (message: string) =>
      Object.assign(element('pre', 'exercise-panel-message', message), { tabIndex: 0 })
    if (isDone(outcome)) {
      lines.push(element('p', 'exercise-panel-done', 'Every test passes: the exercise is done.'))
    }
    if (outcome.stop) lines.push(element('p', 'exercise-panel-stop', outcome.stop.detail))
    const failure = firstFailure(outcome)
    if (failure?.kind === 'error') {
      const { file, message } = failure.error
      lines.push(text(file ? `${file}: ${message}` : message))
    } else if (failure && failure.test.message !== outcome.stop?.detail) {
      const { task, name, message = '' } = failure.test
      lines.push(
        element('p', 'exercise-panel-failure', `First failure, task ${task ?? '?'}: ${name}`),
        text(message),
      )
    }
    results.replaceChildren(...lines)
  }

  parent.replaceChildren(panel)
  const editor = createEditor({
    parent: editorHost,
    code: remembered(slug) ?? starter,
    label: `Your code for the exercise, editable: exercises/${slug}/src/index.ts`,
    onRun: () => void start(),
    wrap: true,
    onChange: (code) => remember(slug, code === starter ? undefined : code),
  })
  run.addEventListener('click', () => void start())
  reset.addEventListener('click', () => {
    editor.setCode(starter)
    remember(slug, undefined)
    editor.focus()
  })
  editor.focus()
  return () => host.discard()
}
