/**
 * Node's modules as the exercise panel's worker gives them (modules.ts lists them): npm's ports
 * (readable-stream is Node's own stream code; buffer; string_decoder, through string-decoder.ts)
 * and small modules of ours where npm has none that does what Node does (events.ts, readline.ts,
 * timers-promises.ts). The worker loads this only for code that imports one of them: exercise
 * 14's tests, a student's code.
 */
import buffer from 'buffer'
import stream from 'readable-stream'
import streamPromises from 'readable-stream/lib/stream/promises.js'
import events from './events.ts'
import type { PanelNodeModule } from './modules.ts'
import * as readline from './readline.ts'
import stringDecoder from './string-decoder.ts'
import * as timersPromises from './timers-promises.ts'

// A test makes bytes with Buffer.from, Node's global.
Object.assign(globalThis, { Buffer: buffer.Buffer })

/** Each module as `import x from` (its default) and `import { … } from` (its own keys) see it. */
export const nodeModules: Record<PanelNodeModule, object> = {
  'node:buffer': buffer,
  'node:events': events,
  'node:readline': readline,
  'node:stream': stream,
  'node:stream/promises': streamPromises,
  'node:string_decoder': stringDecoder,
  'node:timers/promises': timersPromises,
}
