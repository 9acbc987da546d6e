/**
 * Turns an example's code block into an editor with a Run button and an output panel, runs it
 * once, and moves the focus into the editor. Loaded the first time a reader clicks "Try it". The
 * first run does not wait for the editor (CodeMirror, the larger download): the block's code runs
 * while the editor loads, and the editor then takes the block's place.
 * After each run TypeScript checks the code in a worker of its own, and its errors are listed
 * under the output and underlined in the editor: like Node, the run itself only strips the types.
 */
import type { Editor } from './editor.ts'
import { element } from './element.ts'
import type { Diagnostic } from './messages.ts'
import { Runner, TIME_LIMIT_MS, type RunEnd } from './runner.ts'
import { checkTypes } from './types.ts'

// Each example's source is its own small chunk, fetched when its block is opened.
const sources = import.meta.glob<string>('../../../examples/**/*.ts', {
  query: '?raw',
  import: 'default',
})

/** Twoslash's notes (`// @errors: 2322`, `// ^?`, `// ---cut---`) are for the page, not for running. */
const twoslashNote = /^\s*\/\/\s*(@[\w-]+\b.*|\^[?|^]*|-{3,}cut[\w-]*-{3,})\s*$/
const withoutTwoslashNotes = (code: string) =>
  code
    .split('\n')
    .filter((line) => !twoslashNote.test(line))
    .join('\n')

export async function openTryIt(button: HTMLButtonElement): Promise<void> {
  const block = button.parentElement
  const load = sources[`../../../examples/${button.dataset.example}`]
  if (!block || !load) throw new Error(`Try it: no example ${button.dataset.example}`)
  const runner = new Runner() // its worker starts loading while the source arrives
  const editorModule = import('./editor.ts')
  const original = withoutTwoslashNotes(await load()).trimEnd()

  const editorHost = element('div', 'try-it-editor')
  const run = element('button', 'try-it-run', 'Run')
  const reset = element('button', 'try-it-reset', 'Reset')
  const hint = element('span', 'try-it-hint', 'Ctrl+Enter runs')
  const status = element('span', 'try-it-status')
  status.setAttribute('role', 'status')
  const output = element('div', 'try-it-output')
  output.setAttribute('aria-label', 'Output')
  output.setAttribute('aria-live', 'polite')
  const types = element('div', 'try-it-types')
  types.setAttribute('aria-live', 'polite')
  const panel = element('div', 'try-it')
  panel.dataset.example = button.dataset.example
  panel.append(
    editorHost,
    element('div', 'try-it-toolbar', run, reset, hint, status),
    output,
    types,
  )

  let editor: Editor | undefined
  let diagnosticsShown: Diagnostic[] = []
  let checks = 0
  const start = async () => {
    const code = editor?.code ?? original
    const started = performance.now()
    panel.dataset.state = 'running'
    status.textContent = 'Running…'
    output.replaceChildren()
    const end = await runner.run(code, (printed) => {
      if (printed.kind === 'output') {
        output.append(element('div', `try-it-line ${printed.stream}`, printed.text))
      } else if (printed.kind === 'truncated') {
        output.append(
          element('div', 'try-it-line stderr', `… output cut after ${printed.limit} lines`),
        )
      }
    })
    if (end.kind === 'cancelled') return
    const ms = Math.round(performance.now() - started)
    panel.dataset.state = end.kind
    status.textContent =
      end.kind === 'done' ? `Finished in ${ms} ms` : end.kind === 'error' ? 'Exit code 1' : ''
    if (end.kind !== 'done') {
      for (const line of describe(end)) output.append(element('div', 'try-it-line problem', line))
    } else if (!output.hasChildNodes()) {
      output.append(element('div', 'try-it-line quiet', '(no output)'))
    }
    // Types come second: the output never waits for the compiler to load.
    const check = ++checks
    panel.dataset.types = 'checking'
    const diagnostics = await checkTypes(code).catch((error: unknown) => {
      console.error('Try it could not check the types', error)
      return undefined
    })
    if (check !== checks || diagnostics === undefined) return
    diagnosticsShown = diagnostics
    editor?.showDiagnostics(diagnostics)
    showTypes(types, diagnostics)
    panel.dataset.types = diagnostics.length === 0 ? 'ok' : 'errors'
  }

  button.replaceWith(panel)
  run.addEventListener('click', () => void start())
  reset.addEventListener('click', () => {
    editor?.setCode(original)
    editor?.focus()
  })
  const firstRun = start()
  const { createEditor } = await editorModule
  editor = createEditor({
    parent: editorHost,
    code: original,
    label: `Example code, editable: ${button.dataset.example}`,
    onRun: () => void start(),
  })
  editor.showDiagnostics(diagnosticsShown)
  block.classList.add('try-it-open')
  editor.focus()
  await firstRun
}

function showTypes(container: HTMLElement, diagnostics: Diagnostic[]): void {
  container.replaceChildren()
  if (diagnostics.length === 0) return
  const count = diagnostics.length === 1 ? '1 type error' : `${diagnostics.length} type errors`
  container.append(
    element(
      'p',
      'try-it-types-title',
      `TypeScript: ${count}. The code ran anyway, as Node runs TypeScript: it strips the types without checking them.`,
    ),
    ...diagnostics.map(({ line, column, message, code }) =>
      element('div', 'try-it-type-error', `line ${line}:${column}  ${message} (TS${code})`),
    ),
  )
}

function describe(end: Exclude<RunEnd, { kind: 'done' | 'cancelled' }>): string[] {
  switch (end.kind) {
    case 'timeout':
      return [
        `Stopped after ${TIME_LIMIT_MS / 1000} seconds: the code was still running. Is there a loop that never ends, or an iterator that never returns done: true?`,
      ]
    case 'crash':
      return [end.detail]
    case 'error': {
      const text = end.line === undefined ? end.text : `${end.text} (line ${end.line})`
      return end.rejection
        ? [
            text,
            'A promise was rejected and nothing handled it: Node stops the program here, with exit code 1.',
          ]
        : [text]
    }
  }
}
