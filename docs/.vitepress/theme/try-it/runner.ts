/**
 * Runs code in a Web Worker under a time limit. A run that finished cleanly leaves nothing behind
 * (no loop, no timer), so its worker, already loaded, takes the next run; any other end may leave
 * code running, so that worker is terminated and a fresh one is started for the next run.
 */
import type { FromWorker } from './messages.ts'

export const TIME_LIMIT_MS = 2000

export type RunEnd =
  | { kind: 'done' }
  | { kind: 'error'; text: string; line: number | undefined }
  | { kind: 'timeout' }
  | { kind: 'cancelled' }

export interface Output {
  stream: 'stdout' | 'stderr'
  text: string
}

const spawn = () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' })

export class Runner {
  #worker = spawn()
  #cancel: (() => void) | undefined

  run(code: string, print: (output: Output) => void): Promise<RunEnd> {
    this.#cancel?.()
    const worker = this.#worker
    return new Promise((resolve) => {
      const end = (result: RunEnd) => {
        clearTimeout(timer)
        worker.onmessage = null
        this.#cancel = undefined
        if (result.kind !== 'done') {
          worker.terminate()
          this.#worker = spawn()
        }
        resolve(result)
      }
      // The limit is kept here, on the page: a worker stuck in a loop cannot keep time itself.
      const timer = setTimeout(() => end({ kind: 'timeout' }), TIME_LIMIT_MS)
      this.#cancel = () => end({ kind: 'cancelled' })
      worker.onmessage = ({ data }: MessageEvent<FromWorker>) => {
        if (data.type === 'log') print(data)
        else if (data.type === 'truncated')
          print({ stream: 'stderr', text: `… output cut after ${data.limit} lines` })
        else if (data.type === 'error') end({ kind: 'error', text: data.text, line: data.line })
        else end({ kind: 'done' })
      }
      worker.onerror = (event) => {
        event.preventDefault()
        end({
          kind: 'error',
          text: `The runner failed to start: ${event.message}`,
          line: undefined,
        })
      }
      worker.postMessage({ code })
    })
  }
}
