/**
 * node:readline for the browser: createInterface over a stream, without a terminal, as Node 20 and
 * 24 have it (lib/internal/readline/interface.js): it decodes the input's bytes across chunks,
 * ends a line at \n, \r\n or a lone \r, takes a \r and a \n that arrive within crlfDelay of each
 * other as one ending, emits the unfinished last line at the input's end, passes the input's
 * 'error' on, and its async iterator is events.on(…, 'line') that ends at 'close'. Closing pauses
 * the input and leaves it open, as Node does.
 */
import { StringDecoder } from './string-decoder.ts'
import { EventEmitter, FIRST_ARGUMENT, on } from './events.ts'

type Input = EventEmitter & { pause(): unknown; resume(): unknown }

const LINE_ENDING = /\r?\n|\r(?!\n)/g
// Node's bounds for crlfDelay: at least 100 ms.
const CRLF_DELAY = 100

export class Interface extends EventEmitter {
  readonly input: Input
  readonly crlfDelay: number
  #closed = false
  #decoder = new StringDecoder('utf8')
  #buffered = ''
  #sawReturnAt = 0
  #lines: AsyncIterableIterator<unknown> | undefined

  constructor({ input, crlfDelay }: { input: Input; crlfDelay?: number }) {
    super()
    this.input = input
    this.crlfDelay = crlfDelay ? Math.max(CRLF_DELAY, crlfDelay) : CRLF_DELAY
    const onData = (chunk: Uint8Array | string) => this.#write(chunk)
    const onEnd = () => {
      if (this.#buffered.length > 0) this.emit('line', this.#buffered)
      this.close()
    }
    const onError = (error: unknown) => this.emit('error', error)
    input.on('error', onError)
    input.on('data', onData)
    input.on('end', onEnd)
    this.once('close', () => {
      input.removeListener('data', onData)
      input.removeListener('error', onError)
      input.removeListener('end', onEnd)
    })
    input.resume()
  }

  #write(chunk: Uint8Array | string): void {
    let text = typeof chunk === 'string' ? chunk : this.#decoder.write(chunk)
    if (this.#sawReturnAt && Date.now() - this.#sawReturnAt <= this.crlfDelay) {
      if (text.startsWith('\n')) text = text.slice(1)
      this.#sawReturnAt = 0
    }
    LINE_ENDING.lastIndex = 0
    if (!LINE_ENDING.test(text)) {
      this.#buffered += text
      return
    }
    text = this.#buffered + text
    this.#sawReturnAt = text.endsWith('\r') ? Date.now() : 0
    const lines = text.split(LINE_ENDING)
    this.#buffered = lines.pop() ?? ''
    for (const line of lines) this.emit('line', line)
  }

  close(): void {
    if (this.#closed) return
    this.input.pause()
    this.#closed = true
    this.emit('close')
  }

  pause(): this {
    this.input.pause()
    return this
  }

  resume(): this {
    this.input.resume()
    return this
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<string> {
    this.#lines ??= on(this, 'line', { close: ['close'], [FIRST_ARGUMENT]: true })
    return this.#lines as AsyncIterableIterator<string>
  }
}

export const createInterface = (options: ConstructorParameters<typeof Interface>[0]) =>
  new Interface(options)
