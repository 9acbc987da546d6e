/**
 * The exercise panel of a concept page's exercise card: the student's src/index.ts in the Try-it
 * editor, and its own tests run in a worker (worker.ts) by the harness, supervised as the CLI's
 * runs are (@iterlings/run): the same time limit, the same words when a run is stopped, the first
 * failure in task order, then the first type error. Hints come one at a time for the failing task,
 * and the code, the hints seen and whether the exercise is done are kept in this browser
 * (progress.ts). TypeScript checks the code after the tests, in the site's type-checking worker,
 * fetched the first time only: the tests never wait for it. Loaded on the first click.
 */
import { isDone as testsPass, supervise, type RunOutcome } from '@iterlings/run'
import { loaders } from 'virtual:exercise'
import { createEditor } from '../try-it/editor.ts'
import { element } from '../try-it/element.ts'
import type { Diagnostic } from '../try-it/messages.ts'
import { checkTypes as typeCheck } from '../try-it/types.ts'
import { WorkerHost } from '../try-it/worker-host.ts'
import { chooseCodeFile, downloadCode } from './code-file.ts'
import { createHintsView } from './hints-view.ts'
import type { ExerciseJob } from './messages.ts'
import { saveCode, savedCode, setDone } from './progress.ts'
import { doneLine, failureLines, summary, taskList, typeErrorLines } from './results.ts'

/** The CLI's default (packages/cli, DEFAULT_TIME_LIMIT_MS). */
const TIME_LIMIT_MS = 10_000
/** Loading the worker, the harness and the setup file, before any of the student's code runs. */
const START_LIMIT_MS = 30_000

type Types = Diagnostic[] | 'checking' | 'unavailable'

/** Opens the panel in `parent`; resolves to what closes it (its worker) when the page goes. */
export async function openExercise(parent: HTMLElement, slug: string): Promise<() => void> {
  const load = loaders[slug]
  if (!load) throw new Error(`Exercise panel: no tests for ${slug}`)
  const host = new WorkerHost<ExerciseJob, never>(
    () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }),
  )
  host.warm() // the harness loads while the tests arrive
  const { starter, hints, typeChecks, declarations, ...tests } = (await load()).default

  const editorHost = element('div', 'try-it-editor')
  const run = element('button', 'try-it-run', 'Run tests')
  const download = element('button', 'exercise-download', 'Download src/index.ts')
  const upload = element('button', 'exercise-load', 'Load a file')
  const reset = element('button', 'try-it-reset', 'Reset to the starter')
  const keys = element('span', 'try-it-hint', 'Ctrl+Enter runs the tests')
  const status = element('span', 'try-it-status exercise-panel-status')
  status.setAttribute('role', 'status')
  const results = element('div', 'exercise-panel-results')
  results.setAttribute('aria-live', 'polite')
  const hintsView = createHintsView(slug, hints)
  const panel = element('section', 'exercise-panel')
  panel.setAttribute('aria-label', 'Exercise')
  panel.append(
    element('p', 'exercise-panel-title', 'Exercise: src/index.ts'),
    editorHost,
    element('div', 'try-it-toolbar', run, keys, status),
    results,
    element('div', 'exercise-panel-files', download, upload, reset),
  )

  let runs = 0
  let running = false
  const start = async () => {
    const id = ++runs
    // A run still going is replaced: its worker is thrown away, and so is its result.
    if (running) host.discard()
    running = true
    panel.dataset.state = 'running'
    delete panel.dataset.types
    status.textContent = 'Running the tests…'
    results.replaceChildren()
    hintsView.show(undefined, false)
    const code = editor.code
    const outcome = await supervise(
      host.run({ tests, code }, () => undefined),
      {
        runMs: TIME_LIMIT_MS,
        startMs: START_LIMIT_MS,
      },
    )
    if (id !== runs) return
    running = false
    if (outcome.stop || outcome.errors.length > 0) host.discard()
    panel.dataset.state = testsPass(outcome) ? 'passed' : outcome.stop ? 'stopped' : 'failed'
    status.textContent = summary(outcome)
    // A run the time limit stopped says nothing about the tests: it is not kept (as in the CLI).
    if (!outcome.stop && !testsPass(outcome)) setDone(slug, false)
    const loaded = !outcome.errors.some((error) => error.message.startsWith('src/index.ts:'))
    show(outcome, loaded ? 'checking' : [])
    if (!loaded) return // a syntax error: the type checker would only say it again
    const types = await checkTypes(code, {
      checks: typeChecks,
      declarations: (await declarations()).default,
    })
    if (id !== runs) return
    show(outcome, types)
    if (!outcome.stop && types !== 'unavailable')
      setDone(slug, testsPass(outcome) && types.length === 0)
  }

  function show(outcome: RunOutcome, types: Types) {
    const diagnostics = typeof types === 'string' ? [] : types
    panel.dataset.types = typeof types === 'string' ? types : types.length ? 'errors' : 'ok'
    editor.showDiagnostics(diagnostics)
    results.replaceChildren(
      ...doneLine(outcome, types),
      ...failureLines(outcome),
      ...typeErrorLines(diagnostics),
      hintsView.element,
      ...taskList(outcome),
    )
    hintsView.show(outcome, testsPass(outcome) && diagnostics.length === 0)
  }

  parent.replaceChildren(panel)
  const editor = createEditor({
    parent: editorHost,
    code: savedCode(slug) ?? starter,
    label: `Your code for the exercise, editable: exercises/${slug}/src/index.ts`,
    onRun: () => void start(),
    wrap: true,
    onChange: (code) => saveCode(slug, code === starter ? undefined : code),
  })
  run.addEventListener('click', () => void start())
  download.addEventListener('click', () => downloadCode(editor.code))
  upload.addEventListener('click', async () => {
    const file = await chooseCodeFile()
    if (!file) return
    editor.setCode(file.text)
    status.textContent = `Loaded ${file.name}: run the tests.`
    editor.focus()
  })
  reset.addEventListener('click', () => {
    editor.setCode(starter)
    saveCode(slug, undefined)
    editor.focus()
  })
  editor.focus()
  return () => host.discard()
}

/** The type checker's diagnostics, or 'unavailable' when it could not load (offline, say). */
async function checkTypes(code: string, extra: Parameters<typeof typeCheck>[1]): Promise<Types> {
  return typeCheck(code, extra).catch((error: unknown) => {
    console.warn('The exercise panel could not check the types', error)
    return 'unavailable' as const
  })
}
