/**
 * Runs an exercise's tests in the browser, with the harness (@iterlings/harness: the grader's
 * vitest stand-in) against the student's src/index.ts, reporting @iterlings/run's records to the
 * page's supervisor. The browser links the modules: each bundled test file and the student's code
 * (stripped of its types by sucrase, as the harness does under Node) become blob URLs, a fresh
 * copy of the student's code for each test file, as vitest evaluates it once per file. Imports of
 * Node's modules (exercise 14's node:stream) are linked to the panel's own (node/index.ts). An
 * endless loop cannot be interrupted from in here: the page terminates this worker (WorkerHost).
 */
import { createRuntime, describeError, VITEST_EXPORTS } from '@iterlings/harness'
import type { RunRecord } from '@iterlings/run'
import { transform } from 'sucrase'
import type { ExerciseJob } from './messages.ts'
import { isPanelNodeModule } from './node/modules.ts'

// The specifiers the harness's bundler leaves in a test file (bundle.ts): the harness, the code under test.
const VITEST_SPECIFIER = '"vitest:harness"'
const STUDENT_SPECIFIER = '"./src/index.ts"'

// The two Node globals the course's tests use: @iterlings/testing's settle() turns the event loop
// with setImmediate (a macrotask here, through a message channel: timers are clamped), and a test
// reads process.env (an empty one: no `on`, so the helpers take the browser's events).
const immediates = new MessageChannel()
const queued: Array<() => void> = []
immediates.port1.onmessage = () => queued.shift()?.()
Object.assign(globalThis, {
  setImmediate: (callback: (...args: unknown[]) => void, ...args: unknown[]) => {
    queued.push(() => callback(...args))
    immediates.port2.postMessage(undefined)
  },
  process: { env: {} },
})

const report = (record: RunRecord) => self.postMessage(record)
const runtime = createRuntime({ report })
const capture = (...values: unknown[]) => runtime.capture(values.map(String).join(' ') + '\n')
for (const level of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) {
  console[level] = capture
}
// What goes wrong outside any test is reported, as vitest does, and the run goes on.
self.addEventListener('error', (event) => {
  event.preventDefault()
  report({ kind: 'error', message: describeError(event.error ?? event.message) })
})
self.addEventListener('unhandledrejection', (event) => {
  event.preventDefault()
  report({ kind: 'error', message: `Unhandled rejection: ${describeError(event.reason)}` })
})

const moduleUrl = (code: string) =>
  URL.createObjectURL(new Blob([code], { type: 'text/javascript' }))
/** The harness's `vitest` module, as test files import it. */
;(globalThis as Record<string, unknown>).__iterlingsVitest = runtime.vitest
const vitestUrl = moduleUrl(
  `export const { ${VITEST_EXPORTS.join(', ')} } = globalThis.__iterlingsVitest`,
)
const link = (code: string, studentUrl = '') =>
  code
    .replaceAll(VITEST_SPECIFIER, JSON.stringify(vitestUrl))
    .replaceAll(STUDENT_SPECIFIER, JSON.stringify(studentUrl))

// An import of a Node module (exercise 14's tests take node:stream; a student's code may write
// 'stream'), linked to the panel's own (node/index.ts), loaded the first time one is imported.
const NODE_IMPORT = /(\b(?:from|import)\s*\(?\s*)(["'])(?:node:)?([\w/]+)\2/g
let nodeUrls: Promise<Map<string, string>> | undefined

async function linkNode(code: string): Promise<string> {
  const wanted = [...code.matchAll(NODE_IMPORT)].map((found) => `node:${found[3]}`)
  if (!wanted.some(isPanelNodeModule)) return code
  nodeUrls ??= import('./node/index.ts').then(({ nodeModules }) => {
    ;(globalThis as Record<string, unknown>).__iterlingsNode = nodeModules
    return new Map(
      Object.entries(nodeModules).map(([specifier, module]) => {
        const names = Object.keys(module).filter(
          (name) => name !== 'default' && /^[A-Za-z_$][\w$]*$/.test(name),
        )
        const source =
          `const module = globalThis.__iterlingsNode[${JSON.stringify(specifier)}]\n` +
          `export default module.default ?? module\n` +
          `export const { ${names.join(', ')} } = module`
        return [specifier, moduleUrl(source)]
      }),
    )
  })
  const urls = await nodeUrls
  return code.replace(NODE_IMPORT, (whole, before: string, _quote, name: string) => {
    const url = urls.get(`node:${name}`)
    return url ? before + JSON.stringify(url) : whole
  })
}

let setUp: Promise<unknown> | undefined

self.addEventListener('message', async ({ data: job }: MessageEvent<ExerciseJob>) => {
  setUp ??= import(/* @vite-ignore */ moduleUrl(link(job.tests.setup.code)))
  await setUp
  runtime.reset()
  report({ kind: 'begin' })
  let student: string
  try {
    student = transform(job.code, {
      transforms: ['typescript'],
      filePath: 'src/index.ts',
      disableESTransforms: true,
    }).code
  } catch (error) {
    // sucrase ends its messages with "(line:column)".
    const message = String((error as Error).message ?? error)
    const at = /\s*\((\d+):(\d+)\)$/.exec(message)
    report({
      kind: 'error',
      message: at ? `src/index.ts:${at[1]}:${at[2]}: ${message.slice(0, at.index)}` : message,
    })
    report({ kind: 'plan', tests: [], details: [] })
    report({ kind: 'done' })
    return
  }
  const imported = otherFileImported(student)
  if (imported) {
    report({ kind: 'error', message: oneFileOnly(imported) })
    report({ kind: 'plan', tests: [], details: [] })
    report({ kind: 'done' })
    return
  }
  const urls: string[] = []
  for (const file of job.tests.files) {
    const studentUrl = moduleUrl(await linkNode(student))
    const testUrl = moduleUrl(await linkNode(link(file.code, studentUrl)))
    urls.push(studentUrl, testUrl)
    await runtime.collect(file.name, () => import(/* @vite-ignore */ testUrl))
  }
  const planned = runtime.planned()
  report({ kind: 'plan', tests: planned.map((test) => test.name), details: planned })
  await runtime.run()
  for (const url of urls) URL.revokeObjectURL(url)
  report({ kind: 'done' })
})

/**
 * The first file of the student's own that their code imports ("./protocol.ts"). The panel holds
 * one file, src/index.ts, as every exercise's src/ does and its README asks ("Edit only
 * src/index.ts"); a second file is for a clone of the course, where the tests load it as usual.
 */
function otherFileImported(code: string): string | undefined {
  const specifier = /\b(?:from|import)\s*\(?\s*(['"])(\.{1,2}\/[^'"]*)\1/.exec(code)
  return specifier?.[2]
}

const oneFileOnly = (file: string) =>
  `src/index.ts imports ${file}, and this panel has one file: src/index.ts. Put that code in ` +
  `src/index.ts here (the exercise needs no other file), or keep the second file in your copy of ` +
  `the course, where pnpm test loads it.`
