/**
 * Turns an example's code block into an editor with a Run button and an output panel, and runs
 * it once. Loaded the first time a reader clicks "Try it".
 */
import { Runner, TIME_LIMIT_MS, type RunEnd } from './runner.ts'

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
  const original = withoutTwoslashNotes(await load()).trimEnd()

  const editor = element('textarea', 'try-it-editor')
  editor.value = original
  editor.spellcheck = false
  editor.setAttribute('autocapitalize', 'off')
  editor.setAttribute('aria-label', 'Example code (editable)')
  const run = element('button', 'try-it-run', 'Run')
  const reset = element('button', 'try-it-reset', 'Reset')
  const hint = element('span', 'try-it-hint', 'Ctrl+Enter runs')
  const status = element('span', 'try-it-status')
  status.setAttribute('role', 'status')
  const output = element('div', 'try-it-output')
  output.setAttribute('aria-label', 'Output')
  output.setAttribute('aria-live', 'polite')
  const panel = element('div', 'try-it')
  panel.dataset.example = button.dataset.example
  panel.append(editor, element('div', 'try-it-toolbar', run, reset, hint, status), output)

  const fit = () => {
    editor.style.height = 'auto'
    editor.style.height = `${editor.scrollHeight}px`
  }
  const start = async () => {
    const started = performance.now()
    panel.dataset.state = 'running'
    status.textContent = 'Running…'
    output.replaceChildren()
    const end = await runner.run(editor.value, ({ stream, text }) =>
      output.append(element('div', `try-it-line ${stream}`, text)),
    )
    if (end.kind === 'cancelled') return
    const ms = Math.round(performance.now() - started)
    panel.dataset.state = end.kind
    status.textContent = end.kind === 'done' ? `Finished in ${ms} ms` : ''
    if (end.kind !== 'done') output.append(element('div', 'try-it-line problem', describe(end)))
    else if (!output.hasChildNodes())
      output.append(element('div', 'try-it-line quiet', '(no output)'))
  }

  run.addEventListener('click', start)
  reset.addEventListener('click', () => {
    editor.value = original
    fit()
    editor.focus()
  })
  editor.addEventListener('input', fit)
  editor.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault()
      void start()
    }
  })

  block.classList.add('try-it-open')
  button.replaceWith(panel)
  fit()
  await start()
}

function describe(end: Exclude<RunEnd, { kind: 'done' | 'cancelled' }>): string {
  if (end.kind === 'timeout') {
    return `Stopped after ${TIME_LIMIT_MS / 1000} seconds: the code was still running. Is there a loop that never ends, or an iterator that never returns done: true?`
  }
  return end.line === undefined ? end.text : `${end.text} (line ${end.line})`
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  node.className = className
  node.append(...children)
  if (node instanceof HTMLButtonElement) node.type = 'button'
  return node
}
