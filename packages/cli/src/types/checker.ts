/**
 * The parent's side of the type checker (host.ts): one long-lived child process, asked to check
 * one exercise at a time. It runs at a lower priority than the tests, which a student waits for first.
 */
import type { ChildProcess } from 'node:child_process'
import os from 'node:os'
import { fileURLToPath } from 'node:url'
import { killGroup, spawnGroup } from '@iterlings/run/process'
import type { Exercise } from '@iterlings/course'
import type { TypeReport } from './report.ts'

export interface TypesRequest {
  id: number
  dir: string
}

export type TypesReply =
  | { type: 'early'; id: number; report: TypeReport }
  | { type: 'final'; id: number; report: TypeReport }
  | { type: 'error'; id: number; message: string }

export class TypeChecker {
  #host: ChildProcess | undefined
  #lastId = 0

  /** Resolves with the complete report; `early` hears the first error as soon as it is found. */
  check(
    exercise: Pick<Exercise, 'dir'>,
    early?: (report: TypeReport) => void,
  ): Promise<TypeReport> {
    const host = this.#ensureHost()
    const id = ++this.#lastId
    return new Promise((resolve, reject) => {
      const settle = () => {
        host.off('message', onMessage)
        host.off('exit', onExit)
      }
      const onMessage = (reply: TypesReply) => {
        if (reply.id !== id) return
        if (reply.type === 'early') return early?.(reply.report)
        settle()
        if (reply.type === 'final') resolve(reply.report)
        else reject(new Error(`the type checker failed: ${reply.message}`))
      }
      const onExit = (code: number | null) => {
        settle()
        reject(new Error(`the type checker stopped unexpectedly (exit code ${code})`))
      }
      host.on('message', onMessage)
      host.on('exit', onExit)
      host.send({ id, dir: exercise.dir } satisfies TypesRequest)
    })
  }

  /** Loads TypeScript and the exercise's libraries ahead of the first check that counts. */
  warm(exercise: Pick<Exercise, 'dir'>): void {
    this.#ensureHost().send({ id: 0, dir: exercise.dir } satisfies TypesRequest)
  }

  close(): void {
    killGroup(this.#host?.pid)
    this.#host = undefined
  }

  #ensureHost(): ChildProcess {
    if (this.#host) return this.#host
    // A process group of its own, killed when the CLI ends, however it ends.
    const host = spawnGroup(
      process.execPath,
      [fileURLToPath(new URL('./host.js', import.meta.url))],
      { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] },
    )
    host.stderr?.resume()
    if (host.pid !== undefined) {
      try {
        os.setPriority(host.pid, 10)
      } catch {
        // Not allowed here: it runs at the same priority, which only costs a little speed.
      }
    }
    host.once('exit', () => {
      if (this.#host === host) this.#host = undefined
    })
    this.#host = host
    return host
  }
}
