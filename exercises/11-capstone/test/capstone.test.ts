import { asyncSpySource, collectAsync, promiseState, pushSource } from '@iterlings/testing'
import { describe, expect, it } from 'vitest'
import { analyze, lines, parseLine, topN, type LogEntry } from '../src/index.ts'

/** Every line `lines()` yields for these chunks, read from an async source like a file stream. */
const linesOf = (...chunks: Array<string | Uint8Array>) =>
  collectAsync(lines(asyncSpySource(chunks)))

const bytes = (text: string) => new TextEncoder().encode(text)

function* endlessLog() {
  for (let n = 0; ; n += 1) yield `2026-11-25T10:00:00Z GET /item/${n} 200 5\n`
}

describe('1. lines', () => {
  it('splits a chunk into its lines', async () => {
    expect(await linesOf('a\nb\nc\n')).toEqual(['a', 'b', 'c'])
  })

  it('joins a line that is split across two chunks', async () => {
    expect(
      await linesOf('GET /ho', 'me 200\nnext\n'),
      'a line split across two chunks came out in pieces: keep the unfinished end of a chunk and put it in front of the next',
    ).toEqual(['GET /home 200', 'next'])
  })

  it('joins a line that is spread over many chunks', async () => {
    expect(await linesOf('a', 'b', '', 'c', '\n')).toEqual(['abc'])
  })

  it('yields the last line even without a final newline', async () => {
    expect(
      await linesOf('first\nlast'),
      'the last line was lost: when the chunks run out, what is left over is a line too',
    ).toEqual(['first', 'last'])
  })

  it('yields no empty line after a final newline, and nothing for an empty input', async () => {
    expect(await linesOf('a\n'), 'a newline ends a line; it does not start an empty one').toEqual([
      'a',
    ])
    expect(await linesOf(), 'an empty input has no lines at all').toEqual([])
    expect(await linesOf('', '')).toEqual([])
  })

  it('keeps the empty lines in the middle', async () => {
    expect(await linesOf('a\n\nb\n')).toEqual(['a', '', 'b'])
  })

  it('removes the \\r of Windows line endings, even when \\r and \\n land in different chunks', async () => {
    expect(
      await linesOf('GET /a\r\nGET /b\r', '\nGET /c\r\n'),
      'a line ending in \\r\\n should give the line without its \\r, and the rest of the line intact',
    ).toEqual(['GET /a', 'GET /b', 'GET /c'])
  })

  it('decodes UTF-8 bytes, even a character whose bytes are split across chunks', async () => {
    const text = bytes('café ☕\n')
    const splitInsideE = 4 // "caf" is 3 bytes, "é" is 2: the cut falls between its bytes
    expect(
      await linesOf(text.slice(0, splitInsideE), text.slice(splitInsideE)),
      'decode with one TextDecoder and { stream: true }: decoding each chunk alone breaks a character cut in two',
    ).toEqual(['café ☕'])
  })

  it('yields the first line before it reads the next chunk', async () => {
    const source = pushSource<string>({ label: 'the file' })
    const reader = lines(source)
    const first = reader.next()
    source.emit('first\nsec')
    expect(
      await promiseState(first),
      'lines() waited for the whole input before yielding a line: yield each line as soon as it is complete',
    ).toEqual({ status: 'fulfilled', value: { done: false, value: 'first' } })
    expect(source).toHavePulled(1)
    source.emit('ond\n')
    source.end()
    expect((await promiseState(reader.next())).status).toBe('fulfilled')
    await promiseState(reader.next())
  })

  it('reads an endless source lazily and closes it when the consumer stops', async () => {
    const source = asyncSpySource(endlessLog(), { label: 'the log' })
    let count = 0
    for await (const _ of lines(source)) if (++count === 3) break
    expect(source).toHavePulled(3)
    expect(source).toBeClosed()
  })
})

describe('2. parseLine', () => {
  it('parses the five fields of a log line', () => {
    expect(parseLine('2026-11-25T10:00:00Z GET /api/users 200 35')).toEqual({
      time: '2026-11-25T10:00:00Z',
      method: 'GET',
      path: '/api/users',
      status: 200,
      ms: 35,
    } satisfies LogEntry)
  })

  it('accepts runs of spaces and tabs between fields', () => {
    expect(parseLine('  t1   POST\t/login  302 7 ')?.path).toBe('/login')
  })

  it.each(['', '   ', '\t'])('returns undefined for a blank line (%j)', (line) => {
    expect(parseLine(line)).toBeUndefined()
  })

  it.each([
    ['too few fields', 't1 GET /a 200'],
    ['too many fields', 't1 GET /a 200 35 extra'],
    ['a status that is not three digits', 't1 GET /a 2OO 35'],
    ['a two-digit status', 't1 GET /a 20 35'],
    ['a four-digit status', 't1 GET /a 2000 35'],
    ['a status with a sign', 't1 GET /a +200 35'],
    ['a duration with a unit', 't1 GET /a 200 35ms'],
    ['a negative duration', 't1 GET /a 200 -1'],
    ['a fractional duration', 't1 GET /a 200 1.5'],
  ])('returns undefined for %s', (_, line) => {
    expect(
      parseLine(line),
      'check each field before you trust it: Number() and parseInt() accept things a log line must not contain',
    ).toBeUndefined()
  })
})

describe('3. topN', () => {
  const hits = new Map([
    ['/a', 1],
    ['/b', 3],
    ['/c', 2],
  ])

  it('lists the keys with the highest counts, most first', () => {
    expect(topN(hits, 2)).toEqual([
      ['/b', 3],
      ['/c', 2],
    ])
  })

  it('breaks ties in alphabetical order', () => {
    const tied = new Map([
      ['/z', 2],
      ['/a', 2],
      ['/m', 2],
      ['/top', 5],
    ])
    expect(topN(tied, 3), 'equal counts should be listed by key, alphabetically').toEqual([
      ['/top', 5],
      ['/a', 2],
      ['/m', 2],
    ])
  })

  it('lists every key when n is larger, and none for n = 0', () => {
    expect(topN(hits, 10)).toHaveLength(3)
    expect(topN(hits, 0)).toEqual([])
  })

  it('leaves the map as it was', () => {
    const counts = new Map(hits)
    topN(counts, 1)
    expect([...counts]).toEqual([...hits])
  })

  it.each([-1, 1.5, NaN])('throws a RangeError for n = %s, saying it is about n', (n) => {
    expect(() => topN(hits, n)).toThrow(RangeError)
    expect(
      () => topN(hits, n),
      'give the RangeError a message that names the argument that is wrong: n',
    ).toThrow(/\bn\b/)
  })
})

const LOG = [
  '2026-11-25T10:00:00Z GET /home 200 12\n',
  '2026-11-25T10:00:01Z GET /api/users 500 340\n',
  '\n',
  '2026-11-25T10:00:02Z POST /login 302 40\n',
  'garbage line\n',
  '2026-11-25T10:00:03Z GET /home 200 8\n',
  '2026-11-25T10:00:04Z GET /api/users 503 340\n',
  '2026-11-25T10:00:05Z GET /home 404 3',
].join('')

/** The log cut into chunks of `size` characters, so lines straddle chunk boundaries. */
function chunked(text: string, size: number) {
  const chunks: string[] = []
  for (let start = 0; start < text.length; start += size)
    chunks.push(text.slice(start, start + size))
  return asyncSpySource(chunks)
}

describe('4. analyze', () => {
  it('reports a whole log read in chunks that split its lines', async () => {
    expect(await analyze(chunked(LOG, 7))).toEqual({
      requests: 6,
      malformed: 1,
      errors: 2,
      slowest: {
        time: '2026-11-25T10:00:01Z',
        method: 'GET',
        path: '/api/users',
        status: 500,
        ms: 340,
      },
      topPaths: [
        ['/home', 3],
        ['/api/users', 2],
        ['/login', 1],
      ],
    })
  })

  it('counts a blank line neither as a request nor as malformed', async () => {
    const report = await analyze(chunked('\n\n   \nt1 GET /a 200 1\n\n', 4))
    expect(
      [report.requests, report.malformed],
      'blank lines are not requests, and not malformed either: skip them',
    ).toEqual([1, 0])
  })

  it('counts the last line even when the log does not end with a newline', async () => {
    const report = await analyze(chunked('t1 GET /a 200 1\nt2 GET /b 200 2', 5))
    expect(report.requests, 'the last line of the log was not counted').toBe(2)
  })

  it('counts 5xx statuses as errors, 500 included, and nothing below', async () => {
    const log = ['t GET /a 499 1', 't GET /a 500 1', 't GET /a 599 1', 't GET /a 200 1'].join('\n')
    expect((await analyze(chunked(log, 64))).errors, 'errors are statuses from 500 to 599').toBe(2)
  })

  it('keeps the first of the slowest requests when several tie', async () => {
    const report = await analyze(chunked('t1 GET /a 200 9\nt2 GET /b 200 9\n', 64))
    expect(report.slowest?.time, 'on a tie, keep the request you saw first').toBe('t1')
  })

  it('counts only the entries `where` accepts, but every malformed line', async () => {
    const report = await analyze(chunked(LOG, 64), { where: (entry) => entry.method === 'GET' })
    expect([report.requests, report.malformed]).toEqual([5, 1])
    expect(report.topPaths[0]).toEqual(['/home', 3])
  })

  it('lists `top` paths', async () => {
    expect((await analyze(chunked(LOG, 64), { top: 1 })).topPaths).toEqual([['/home', 3]])
  })

  it('reads UTF-8 bytes, as a file stream gives them', async () => {
    const report = await analyze(asyncSpySource([bytes('t1 GET /caf'), bytes('é 200 1\n')]))
    expect(report.topPaths).toEqual([['/café', 1]])
  })

  it('reports zeros for an empty log', async () => {
    expect(await analyze(asyncSpySource<string>([]))).toEqual({
      requests: 0,
      malformed: 0,
      errors: 0,
      slowest: undefined,
      topPaths: [],
    })
  })

  it('rejects with the error of the source', async () => {
    const source = pushSource<string>()
    const report = analyze(source)
    source.emit('t1 GET /a 200 1\n')
    source.fail(new Error('disk read failed'))
    expect(await promiseState(report)).toEqual({
      status: 'rejected',
      reason: new Error('disk read failed'),
    })
  })

  it('rejects a bad `top` before reading anything', async () => {
    const source = asyncSpySource(['t1 GET /a 200 1\n'])
    await expect(analyze(source, { top: -1 })).rejects.toThrow(RangeError)
    await expect(
      analyze(source, { top: -1 }),
      'give the RangeError a message that names the option that is wrong: top',
    ).rejects.toThrow(/\btop\b/)
    expect(source, 'check the options before you start reading a possibly huge file').toHavePulled(
      0,
    )
  })
})
