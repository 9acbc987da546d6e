/**
 * node:string_decoder for the browser: npm's port of Node's, fed as Node's is. npm's reads its
 * input with Buffer's own toString and copy, so a plain Uint8Array (what TextEncoder and the
 * tests give) decodes as "99,97,102"; Node's takes any Uint8Array. Each chunk is viewed as a
 * Buffer over the same bytes first. And npm's keeps a cut character's bytes after end().
 */
import { Buffer } from 'buffer'
import NpmStringDecoder from 'string_decoder/lib/string_decoder.js'

const asBuffer = (chunk: unknown) =>
  chunk instanceof Uint8Array && !Buffer.isBuffer(chunk)
    ? Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
    : chunk

export class StringDecoder {
  readonly #encoding: BufferEncoding | undefined
  #decoder: NpmStringDecoder.StringDecoder

  constructor(encoding?: BufferEncoding) {
    this.#encoding = encoding
    this.#decoder = new NpmStringDecoder.StringDecoder(encoding)
  }

  get encoding(): string {
    return (this.#decoder as unknown as { encoding: string }).encoding
  }

  write(chunk: unknown): string {
    return this.#decoder.write(asBuffer(chunk) as Buffer)
  }

  /** As Node's does, and npm's does not: the decoder starts afresh after its end. */
  end(chunk?: unknown): string {
    const text =
      chunk === undefined ? this.#decoder.end() : this.#decoder.end(asBuffer(chunk) as Buffer)
    this.#decoder = new NpmStringDecoder.StringDecoder(this.#encoding)
    return text
  }
}

export default { StringDecoder }
