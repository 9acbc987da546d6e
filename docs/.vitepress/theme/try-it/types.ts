/** The page's side of the type-checking worker: one worker for every panel, started on first use. */
import type { Diagnostic } from './messages.ts'

let worker: Worker | undefined
let lastId = 0
const waiting = new Map<number, (answer: Diagnostic[] | Error) => void>()

export function checkTypes(code: string): Promise<Diagnostic[]> {
  if (!worker) {
    worker = new Worker(new URL('./types-worker.ts', import.meta.url), { type: 'module' })
    worker.onmessage = ({
      data,
    }: MessageEvent<{ id: number; diagnostics?: Diagnostic[]; failed?: string }>) => {
      waiting.get(data.id)?.(data.diagnostics ?? new Error(data.failed))
      waiting.delete(data.id)
    }
  }
  const id = ++lastId
  return new Promise((resolve, reject) => {
    waiting.set(id, (answer) => (answer instanceof Error ? reject(answer) : resolve(answer)))
    worker!.postMessage({ id, code })
  })
}
