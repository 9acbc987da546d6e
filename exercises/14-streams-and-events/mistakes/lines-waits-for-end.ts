// Breaks 1.4: splits by hand on 'data' and waits for 'end', which a failing input never emits, so
// the consumer waits for the next line forever.
export * from '../solution/index.ts'
import type { Readable } from 'node:stream'
import { StringDecoder } from 'node:string_decoder'

export async function* lines(input: Readable): AsyncGenerator<string, undefined> {
  const decoder = new StringDecoder('utf8')
  const ready: string[] = []
  let rest = ''
  let ended = false
  let wake: (() => void) | undefined
  const onData = (chunk: Buffer | string) => {
    const parts = (rest + (typeof chunk === 'string' ? chunk : decoder.write(chunk))).split('\n')
    rest = parts.pop() ?? ''
    ready.push(...parts)
    wake?.()
  }
  const onEnd = () => {
    ended = true
    wake?.()
  }
  input.on('data', onData)
  input.on('end', onEnd)
  try {
    while (true) {
      if (ready.length > 0) {
        yield (ready.shift() ?? '').replace(/\r$/, '')
        continue
      }
      if (ended) break
      await new Promise<void>((resolve) => (wake = resolve))
      wake = undefined
    }
    rest += decoder.end()
    if (rest !== '') yield rest.replace(/\r$/, '')
  } finally {
    input.off('data', onData)
    input.off('end', onEnd)
    input.destroy()
  }
  return undefined
}
