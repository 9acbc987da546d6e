/**
 * The harness's end of the results channel. Everything it needs is captured when this module is
 * evaluated, before any student module runs: the key (then deleted from the environment), the HMAC
 * and write functions. Student code that later patches process, fs or crypto changes nothing here.
 */
import { writeSync } from 'node:fs'
import {
  RESULTS_FD,
  SECRET_VARIABLE,
  sign,
  type ResultRecord,
  type RunSecret,
} from '../protocol.ts'

const secret = JSON.parse(process.env[SECRET_VARIABLE] ?? 'null') as RunSecret | null
// eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- the one variable the key travels in
delete process.env[SECRET_VARIABLE]
if (!secret) throw new Error(`${SECRET_VARIABLE} is not set: this file only runs under the grader`)

const { key } = secret
const write = writeSync
const sign_ = sign
const stringify = JSON.stringify
let seq = 0

export const skipped: ReadonlySet<number> = new Set(secret.skip)

export function send(record: ResultRecord): void {
  const json = stringify({ ...record, seq: seq++ })
  try {
    write(RESULTS_FD, `${json}\t${sign_(key, json)}\n`)
  } catch {
    // The student's code closed the pipe: the grader counts every unreported test as failed.
  }
}
