/**
 * What differs by Node in the sandbox's globals, run again on every Node in `scripts/test-nodes.sh`:
 * Node 24 keeps a live undici Agent under a second symbol, which could open a Unix socket (or,
 * with no network namespace, TCP) without fetch. The code looks at every global slot: it must find
 * none writable and no dispatcher, and reach no socket, also after a message of its own has had
 * Node load undici.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { grade } from '../src/grade.ts'
import { listSubmissions } from '../src/submissions.ts'
import { attack, course, exercise } from './class.ts'

const root = mkdtempSync(path.join(tmpdir(), 'iterlings-globals-'))
const socketPath = path.join(root, 'host.sock')
let connections = 0
const server = createServer((socket) => {
  connections += 1
  socket.destroy()
})

const lookEverywhere = `
// A MessageChannel's message is a MessageEvent, which Node 22 and later take from undici: the code
// can have undici loaded after the lock (were it not loaded before), which must plant no
// dispatcher either.
await new Promise<void>((resolve) => {
  const { port1, port2 } = new MessageChannel()
  port1.onmessage = () => (port1.close(), resolve())
  port2.postMessage(0)
})
const found: string[] = []
for (const key of Reflect.ownKeys(globalThis)) {
  const slot = Object.getOwnPropertyDescriptor(globalThis, key)
  if (slot?.writable) found.push('writable ' + String(key))
  const value: any = slot && 'value' in slot ? slot.value : undefined
  if (typeof value?.dispatch !== 'function') continue
  found.push('a dispatcher at ' + String(key))
  try {
    new value.constructor({ connect: { socketPath: ${JSON.stringify(socketPath)} } }).dispatch(
      { origin: 'http://localhost', path: '/', method: 'GET' },
      { onConnect() {}, onHeaders() {}, onData() {}, onComplete() {}, onError() {} },
    )
  } catch (error) {
    found.push('no agent of it: ' + (error as Error).message)
  }
}
export function iter(): never {
  throw new Error(found.length > 0 ? 'escaped: ' + found.join(', ') : 'found nothing')
}`

let message: string | undefined

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(socketPath, resolve))
  const submissions = path.join(root, 'submissions')
  attack(submissions, 'looks everywhere', lookEverywhere)
  const book = await grade({
    course,
    exercises: [exercise],
    submissions: listSubmissions(submissions),
    testTimeoutMs: 5_000,
    memoryMb: 128,
    jobs: 1,
  })
  message = book.students[0]?.exercises[0]?.tests.find((test) => test.message)?.message
  // A connection started just before the sandbox ended would still arrive.
  await new Promise((resolve) => setTimeout(resolve, 500))
}, 600_000)

afterAll(() => {
  server.close()
  rmSync(root, { recursive: true, force: true })
})

describe(`the sandbox's globals on Node ${process.versions.node}`, () => {
  it('has no writable slot and no undici dispatcher, and reaches no socket', () => {
    expect(message).toContain('found nothing')
    expect(connections).toBe(0)
  })
})
