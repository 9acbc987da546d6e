/** The page's side of the type-checking worker: one worker for every panel, started on first use. */
import type { Diagnostic } from './messages.ts'

let worker: Worker | undefined
let lastId = 0
const waiting = new Map<number, (answer: Diagnostic[] | Error) => void>()

export function checkTypes(code: string): Promise<Diagnostic[]> {
  worker ??= start()
  const id = ++lastId
  const started = worker
  return new Promise((resolve, reject) => {
    waiting.set(id, (answer) => (answer instanceof Error ? reject(answer) : resolve(answer)))
    started.postMessage({ id, code })
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
