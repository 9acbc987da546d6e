/**
 * The results channel between a sandboxed run and the grader. The host writes one line per record
 * on a dedicated pipe: the record's JSON, a tab, and its HMAC under a key only the host holds. The
 * grader accepts a line only if its signature checks out and its `seq` is the next one, so the
 * student's code (which can write to the same pipe) can neither forge nor replay a record.
 */
import { createHmac, createSecretKey, timingSafeEqual } from 'node:crypto'
import type { RunRecord } from '@iterlings/run'

/** File descriptor of the results pipe in the sandboxed process. */
export const RESULTS_FD = 3

export interface SignedRecord {
  seq: number
  /** The exercise the record belongs to. */
  exercise: string
  record: RunRecord
}

/**
 * Reads lines of one process: each accepted record in order, anything else dropped, and so is a
 * record of an exercise that has reported `done` (the next exercise's run is under way).
 */
export function createReader(key: string): (line: string) => RunRecord | undefined {
  let expected = 0
  const done = new Set<string>()
  // A KeyObject made once: given as a string, the key was converted again for every record.
  const secret = createSecretKey(Buffer.from(key))
  return (line) => {
    const tab = line.lastIndexOf('\t')
    if (tab < 0) return undefined
    const json = line.slice(0, tab)
    const signature = Buffer.from(line.slice(tab + 1), 'hex')
    const wanted = createHmac('sha256', secret).update(json).digest()
    if (signature.length !== wanted.length || !timingSafeEqual(signature, wanted)) return undefined
    const signed = JSON.parse(json) as SignedRecord
    if (signed.seq !== expected) return undefined
    expected += 1
    if (done.has(signed.exercise)) return undefined
    if (signed.record.kind === 'done') done.add(signed.exercise)
    return signed.record
  }
}
