/**
 * The exercise panel's own worker, driven from a test: the site's worker.ts, with the test bundle
 * the page sent it, given each target's code in turn as the panel gives it the student's. One
 * worker serves run after run and is replaced after errors or a stop, as the panel does.
 */
import type { TestStatus } from '@iterlings/run'
import type { Page } from 'playwright-core'

interface Seen {
  __panelWorker?: { url: string; options?: WorkerOptions; tests: unknown }
}

/** An init script: notes the worker the panel starts, with the tests of its first run. */
export function watchPanelWorker(): void {
  const Native = Worker
  const seen = window as unknown as Seen
  window.Worker = class extends Native {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options)
      const post = this.postMessage.bind(this) as (message: unknown) => void
      this.postMessage = (message: { tests?: unknown; code?: unknown }) => {
        if (message?.tests && typeof message.code === 'string')
          seen.__panelWorker ??= { url: String(url), options, tests: message.tests }
        post(message)
      }
    }
  }
}

export interface WorkerRun {
  tests: Array<{ name: string; status: TestStatus }>
  /** `done`, or how the run ended without it. */
  ended: 'done' | 'stopped' | 'crashed'
}

/** Runs each code in the panel's worker (after the panel has run once), one after the other. */
export function runInPanelWorker(page: Page, codes: string[], limitMs = 20_000) {
  return page.evaluate(
    async ({ codes, limitMs }) => {
      const panel = (window as unknown as Seen).__panelWorker
      if (!panel) throw new Error('the panel has not started its worker yet')
      const runs: WorkerRun[] = []
      let worker: Worker | undefined
      for (const code of codes) {
        const run: WorkerRun = { tests: [], ended: 'done' }
        let errors = 0
        const current = (worker ??= new Worker(panel.url, panel.options))
        run.ended = await new Promise<WorkerRun['ended']>((resolve) => {
          const timer = setTimeout(() => resolve('stopped'), limitMs)
          const end = (how: WorkerRun['ended']) => {
            clearTimeout(timer)
            resolve(how)
          }
          current.onmessage = ({ data }) => {
            if (data.kind === 'result') run.tests.push({ name: data.test, status: data.status })
            if (data.kind === 'error') errors += 1
            if (data.kind === 'done') end('done')
          }
          current.onerror = () => end('crashed')
          current.postMessage({ tests: panel.tests, code })
        })
        if (errors > 0 || run.ended !== 'done') {
          current.terminate()
          worker = undefined
        }
        runs.push(run)
      }
      worker?.terminate()
      return runs
    },
    { codes, limitMs },
  )
}
