/** The page's side of the type-checking worker: one worker for every panel, started on first use. */
import type { Diagnostic } from './messages.ts'

let worker: Worker | undefined
let lastId = 0
const waiting = new Map<number, (answer: Diagnostic[] | Error) => void>()

/**
 * The diagnostics of `code` as a module. The exercise panel adds its exercise's own: `checks`,
 * compiler options beyond the site's (noImplicitOverride, say), and `declarations`, .d.ts files
 * checked beside the code (what its tests declare).
 */
export function checkTypes(
  code: string,
  {
    checks = {},
    declarations = [],
  }: { checks?: Record<string, boolean>; declarations?: string[] } = {},
): Promise<Diagnostic[]> {
  worker ??= start()
  const id = ++lastId
  const started = worker
  return new Promise((resolve, reject) => {
    waiting.set(id, (answer) => (answer instanceof Error ? reject(answer) : resolve(answer)))
    started.postMessage({ id, code, checks, declarations })
  })
}

function start(): Worker {
  const started = new Worker(new URL('./types-worker.ts', import.meta.url), { type: 'module' })
  type Answer = { id: number; diagnostics?: Diagnostic[]; failed?: string }
  started.onmessage = ({ data }: MessageEvent<Answer>) => {
    waiting.get(data.id)?.(data.diagnostics ?? new Error(data.failed))
    waiting.delete(data.id)
  }
  return started
}
