/**
 * The exercise panel's own events.on, once and readline (theme/exercise/node/), against Node's,
 * under Node: each case runs once with Node's modules and once with the panel's, and the two
 * transcripts must be equal. (readable-stream, buffer and string_decoder are npm's ports of Node's
 * own code; the browser column of the proof holds the whole to vitest in chromium.)
 */
import { EventEmitter, on, once } from 'node:events'
import { createInterface } from 'node:readline'
import { Readable } from 'node:stream'
import { StringDecoder } from 'node:string_decoder'
import { setTimeout as sleep } from 'node:timers/promises'
import { settle } from '@iterlings/testing'
import { describe, expect, it } from 'vitest'
import * as panelEvents from '../.vitepress/theme/exercise/node/events.ts'
import * as panelReadline from '../.vitepress/theme/exercise/node/readline.ts'
import * as panelStringDecoder from '../.vitepress/theme/exercise/node/string-decoder.ts'

interface Modules {
  events: { on: typeof on; once: typeof once }
  readline: { createInterface: typeof createInterface }
  stringDecoder: { StringDecoder: typeof StringDecoder }
}
const node: Modules = {
  events: { on, once },
  readline: { createInterface },
  stringDecoder: { StringDecoder },
}
const panel = {
  events: panelEvents,
  readline: panelReadline,
  stringDecoder: panelStringDecoder,
} as unknown as Modules

/** What a promise has come to after the event loop has turned. */
async function outcome(promise: Promise<unknown>): Promise<string> {
  let seen = 'pending'
  promise.then(
    (value) => (seen = `resolved ${JSON.stringify(value)}`),
    (error: Error & { code?: string }) =>
      (seen = `rejected ${error.name} ${error.code} ${error.message}`),
  )
  await settle()
  return seen
}

/** What return() comes to: the early stop of a for await loop. */
const stopped = (iterator: AsyncIterator<unknown>) =>
  outcome(iterator.return?.() ?? Promise.reject(new Error('no return()')))

const listenersLeft = (emitter: EventEmitter) =>
  `listeners: ${emitter.listenerCount('message')} message, ${emitter.listenerCount('error')} error`

/** Each case: what it did, step by step, with the given modules. */
const cases: Record<string, (modules: Modules) => Promise<string[]>> = {
  async 'on buffers, then gives what came before the abort, then rejects once'({ events }) {
    const emitter = new EventEmitter()
    const controller = new AbortController()
    const messages = events.on(emitter, 'message', { signal: controller.signal })
    const first = outcome(messages.next())
    emitter.emit('message', 'a')
    emitter.emit('message', 'b', 'and more')
    const seen = [await first]
    controller.abort()
    for (let step = 0; step < 3; step += 1) seen.push(await outcome(messages.next()))
    return [...seen, listenersLeft(emitter)]
  },
  async "on rejects with an 'error' event, buffered or awaited"({ events }) {
    const emitter = new EventEmitter()
    const waiting = events.on(emitter, 'message')
    const next = outcome(waiting.next())
    emitter.emit('error', new Error('awaited'))
    const buffered = events.on(emitter, 'message')
    emitter.emit('message', 1)
    emitter.emit('error', new Error('buffered'))
    const seen = [await next, await outcome(waiting.next())]
    for (let step = 0; step < 3; step += 1) seen.push(await outcome(buffered.next()))
    return [...seen, listenersLeft(emitter)]
  },
  async 'on ends at return() and at a close event, and refuses an aborted signal'({ events }) {
    const emitter = new EventEmitter()
    const returned = events.on(emitter, 'message')
    const closed = events.on(emitter, 'message', { close: ['end'] })
    const waiting = outcome(closed.next())
    emitter.emit('end')
    let refused = 'not refused'
    try {
      events.on(emitter, 'message', { signal: AbortSignal.abort() })
    } catch (error) {
      refused = (error as Error).name
    }
    return [await stopped(returned), await waiting, refused, listenersLeft(emitter)]
  },
  async "once resolves with the arguments, rejects with 'error' or the abort"({ events }) {
    const emitter = new EventEmitter()
    const heard = outcome(events.once(emitter, 'message'))
    emitter.emit('message', 1, 2)
    const failed = outcome(events.once(emitter, 'message'))
    emitter.emit('error', new Error('failed'))
    const controller = new AbortController()
    const aborted = outcome(events.once(emitter, 'message', { signal: controller.signal }))
    controller.abort()
    return [await heard, await failed, await aborted, listenersLeft(emitter)]
  },
  async 'readline splits at \\n, \\r\\n and a lone \\r, across chunks'({ readline }) {
    const chunks = ['hel', 'lo\nwor', 'ld\r', '\n!\r\rx\r\n\ny']
    const lines: string[] = []
    for await (const line of readline.createInterface({ input: Readable.from(chunks) }))
      lines.push(line)
    return lines
  },
  async 'string_decoder decodes plain Uint8Arrays, a character cut between them, a cut end, and afresh after end()'({
    stringDecoder,
  }) {
    // What TextEncoder gives: no Buffer. npm's decoder, given one, read it as "99,97,102…".
    const bytes = new TextEncoder().encode('café €')
    const decoder = new stringDecoder.StringDecoder('utf8')
    const cut = bytes.indexOf(0xa9)
    return [
      decoder.write(bytes.subarray(0, cut)),
      decoder.write(bytes.subarray(cut, -1)),
      decoder.end(),
      // Ended in the middle of a character, then used again: it starts afresh.
      decoder.write(bytes.subarray(-3, -1)),
      decoder.end(),
      decoder.write(bytes.subarray(0, 3)),
      new stringDecoder.StringDecoder('utf8').end(bytes.subarray(0, 2)),
    ]
  },
  async 'readline keeps a character whose bytes are cut between chunks'({ readline }) {
    const bytes = Buffer.from('café\n')
    const cut = bytes.indexOf(0xa9)
    const input = Readable.from([bytes.subarray(0, cut), bytes.subarray(cut)])
    const lines: string[] = []
    for await (const line of readline.createInterface({ input })) lines.push(line)
    return lines
  },
  async 'readline waits crlfDelay for the \\n of a \\r'({ readline }) {
    const seen: string[] = []
    for (const crlfDelay of [undefined, Infinity]) {
      const input = new Readable({ read() {} })
      const lines: string[] = []
      const reading = (async () => {
        for await (const line of readline.createInterface({ input, crlfDelay })) lines.push(line)
      })()
      input.push('one\r')
      await sleep(200)
      input.push('\ntwo')
      input.push(null)
      await reading
      seen.push(JSON.stringify(lines))
    }
    return seen
  },
  async "readline rejects with the input's error, and return() leaves the input open"({
    readline,
  }) {
    const failing = new Readable({ read() {} })
    failing.on('error', () => {})
    failing.push('a\n')
    const lines = readline.createInterface({ input: failing })[Symbol.asyncIterator]()
    const seen = [await outcome(lines.next())]
    failing.destroy(new Error('the disk went away'))
    seen.push(await outcome(lines.next()))
    const open = new Readable({ read() {} })
    open.push('a\nb\n')
    const stopping = readline.createInterface({ input: open })[Symbol.asyncIterator]()
    seen.push(await outcome(stopping.next()), await stopped(stopping))
    return [...seen, `destroyed: ${open.destroyed}, data listeners: ${open.listenerCount('data')}`]
  },
}

describe("the panel's Node modules do what Node's do", () => {
  it.each(Object.entries(cases))('%s', async (_, run) => {
    expect(await run(panel)).toEqual(await run(node))
  })
})
