import {
  asyncSpySource,
  collectAsync,
  promiseState,
  pushSource,
  type PromiseState,
} from '@iterlings/testing'
import { describe, expect, it } from 'vitest'
import { analyze, lines, parseLine, topN, type LogEntry } from '../src/index.ts'

/** Every line `lines()` yields for these chunks, read from an async source like a file stream. */
const linesOf = (...chunks: Array<string | Uint8Array>) =>
  collectAsync(lines(asyncSpySource(chunks)))

const bytes = (text: string) => new TextEncoder().encode(text)

const value = <T>(state: PromiseState<IteratorResult<T>>) =>
  state.status === 'fulfilled' && !state.value.done ? state.value.value : state

function* endlessLog() {
  for (let n = 0; ; n += 1) yield `2026-11-25T10:00:00Z GET /item/${n} 200 5\n`
}

describe('1. lines', () => {
  it('1.1 splits a chunk into its lines, empty lines in the middle too', async () => {
    expect(await linesOf('a\nb\nc\n')).toEqual(['a', 'b', 'c'])
    expect(
      await linesOf('a \t\nb  \n'),
      'a line is everything up to its \n, spaces and tabs at its end too: trimEnd() removes more than the \r of a line ending',
    ).toEqual(['a \t', 'b  '])
    expect(
      await linesOf('a\n\nb\n'),
      'an empty line in the middle is a line: yield it, even though it is empty (if (line) drops it)',
    ).toEqual(['a', '', 'b'])
  })

  it('1.2 joins a line that is split across two chunks', async () => {
    expect(
      await linesOf('GET /ho', 'me 200\nnext\n'),
      'a line split across two chunks came out in pieces: keep the unfinished end of a chunk and put it in front of the next',
    ).toEqual(['GET /home 200', 'next'])
  })

  it('1.2 joins a line that is spread over many chunks', async () => {
    expect(await linesOf('a', 'b', '', 'c', '\n')).toEqual(['abc'])
  })

  it('1.3 removes the \\r of Windows line endings, even when \\r and \\n land in different chunks', async () => {
    expect(
      await linesOf('GET /a\r\nGET /b\r', '\nGET /c\r\n'),
      'a line ending in \\r\\n should give the line without its \\r, also when the \\r ends one chunk and the \\n starts the next',
    ).toEqual(['GET /a', 'GET /b', 'GET /c'])
  })

  it('1.4 keeps a lone \\r, which does not end a line', async () => {
    expect(
      await linesOf('a\rb\nc\n'),
      'only \\n ends a line: a \\r with no \\n after it is part of the line (split(/\\r\\n|\\r|\\n/) and readline cut it there)',
    ).toEqual(['a\rb', 'c'])
  })

  it('1.4 keeps a lone \\r at the very end of the input', async () => {
    expect(
      await linesOf('first\nlast\r'),
      'the input ended with a \\r but no \\n: that \\r is not a line ending, so it stays in the last line',
    ).toEqual(['first', 'last\r'])
  })

  it('1.5 yields the last line even without a final newline', async () => {
    expect(
      await linesOf('first\nlast'),
      'the last line was lost: when the chunks run out, what is left over is a line too',
    ).toEqual(['first', 'last'])
  })

  it('1.5 yields no empty line after a final newline, and nothing for an empty input', async () => {
    expect(await linesOf('a\n'), 'a newline ends a line; it does not start an empty one').toEqual([
      'a',
    ])
    expect(await linesOf(), 'an empty input has no lines at all').toEqual([])
    expect(await linesOf('', '')).toEqual([])
  })

  it('1.6 decodes UTF-8 bytes, even a character whose bytes are split across chunks', async () => {
    const text = bytes('café ☕\n')
    const splitInsideE = 4 // "caf" is 3 bytes, "é" is 2: the cut falls between its bytes
    expect(
      await linesOf(text.slice(0, splitInsideE), text.slice(splitInsideE)),
      'decode with one TextDecoder and { stream: true }: decoding each chunk alone breaks a character cut in two',
    ).toEqual(['café ☕'])
  })

  it('1.7 gives \\uFFFD for a character cut off at the very end of the input', async () => {
    const euro = bytes('€') // three bytes
    expect(
      await linesOf(bytes('price 5'), euro.slice(0, 2)),
      'the input ended in the middle of a character: flush the decoder with decoder.decode() at the end, which turns the lost bytes into \\uFFFD instead of dropping them',
    ).toEqual(['price 5\uFFFD'])
  })

  it('1.8 drops a byte order mark at the start of byte input, as TextDecoder does', async () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf])
    expect(
      await linesOf(bom, bytes('first\n')),
      'a UTF-8 file may start with a byte order mark, which is not text: a TextDecoder drops it (Buffer and StringDecoder keep it as \\uFEFF)',
    ).toEqual(['first'])
    expect(await linesOf('\uFEFFtext\n'), 'a text chunk is taken as it is').toEqual(['\uFEFFtext'])
  })

  it('1.9 ends an unfinished character when a text chunk comes after its first bytes', async () => {
    const euro = bytes('€')
    expect(
      await linesOf(bytes('a'), euro.slice(0, 1), 'b\n'),
      'the bytes before the text left a character unfinished: flush the decoder (decoder.decode()) before you add the text, so the lost character comes out as \\uFFFD in its place',
    ).toEqual(['a\uFFFDb'])
  })

  it('1.10 yields the first line before it reads the next chunk', async () => {
    const source = pushSource<string>({ label: 'the file' })
    const reader = lines(source)
    const first = reader.next()
    source.emit('first\nsec')
    expect(
      await promiseState(first),
      'lines() waited for the whole input before yielding a line: yield each line as soon as it is complete',
    ).toEqual({ status: 'fulfilled', value: { done: false, value: 'first' } })
    expect(source, 'the first line was complete after one chunk: read no more yet').toHavePulled(1)
    source.emit('ond\n')
    source.end()
    expect(value(await promiseState(reader.next()))).toBe('second')
  })

  it('1.11 closes the source when the consumer stops', async () => {
    const source = asyncSpySource(endlessLog(), { label: 'the log' })
    let count = 0
    for await (const _ of lines(source)) if (++count === 3) break
    expect(source).toHavePulled(3)
    expect(source).toBeClosed()
  })
})

describe('2. parseLine', () => {
  it('2.1 parses the five fields of a log line', () => {
    expect(
      parseLine('2026-11-25T10:00:00Z GET /api/users 200 35'),
      'the five fields in order, status and ms as numbers (convert them once they passed their checks)',
    ).toEqual({
      time: '2026-11-25T10:00:00Z',
      method: 'GET',
      path: '/api/users',
      status: 200,
      ms: 35,
    } satisfies LogEntry)
  })

  it('2.2 takes runs of spaces and tabs between fields, and around them', () => {
    expect(
      parseLine('  t1   POST\t/login \t 302 7 '),
      "fields are separated by any run of spaces and tabs: split(' ') makes empty fields of the extra spaces",
    ).toEqual({ time: 't1', method: 'POST', path: '/login', status: 302, ms: 7 })
    expect(
      parseLine('t1 GET /a 200 7 \t  ')?.ms,
      'a run of spaces and tabs after the last field is ignored, however long',
    ).toBe(7)
  })

  it.each([
    ['a no-break space', 't1 GET /a\u00a0b 200 35', '/a\u00a0b'],
    ['a \\r', 't1 GET /a\rb 200 35', '/a\rb'],
  ])('2.3 keeps %s inside its field', (_, line, path) => {
    expect(
      parseLine(line)?.path,
      'only spaces and tabs separate fields: \\s matches much more (no-break spaces, \\r, \\f): use /[ \\t]+/',
    ).toBe(path)
  })

  it('2.3 refuses a duration that ends in \\r', () => {
    expect(
      parseLine('t1 GET /a 200 35\r'),
      'the \\r belongs to the last field, so the duration is "35\\r", which is not digits only',
    ).toBeUndefined()
  })

  it.each(['', '   ', '\t'])('2.4 returns undefined for a blank line (%j)', (line) => {
    expect(
      parseLine(line),
      'a blank line gives undefined, as a malformed one does (not null)',
    ).toBeUndefined()
  })

  it.each([
    ['too few fields', 't1 GET /a 200'],
    ['too many fields', 't1 GET /a 200 35 extra'],
    ['four fields and a trailing space', 't1 GET /a 200 '],
  ])('2.5 returns undefined for %s', (_, line) => {
    expect(parseLine(line), 'a log line has exactly five fields').toBeUndefined()
  })

  it.each([
    ['a status with a letter', 't1 GET /a 2OO 35'],
    ['a two-digit status', 't1 GET /a 20 35'],
    ['a four-digit status', 't1 GET /a 2000 35'],
    ['a status with a sign', 't1 GET /a +200 35'],
    ['a status in exponent notation', 't1 GET /a 1e2 35'],
  ])('2.6 returns undefined for %s', (_, line) => {
    expect(
      parseLine(line),
      'a status is exactly three digits 0-9: test the text with /^\\d{3}$/, Number() also accepts signs and exponents',
    ).toBeUndefined()
  })

  it.each(['000', '999', '600'])('2.6 accepts the three-digit status %s', (status) => {
    expect(
      parseLine(`t1 GET /a ${status} 35`)?.status,
      'any three digits make a status: do not check for the statuses HTTP defines',
    ).toBe(Number(status))
  })

  it.each([
    ['a duration with a unit', 't1 GET /a 200 35ms'],
    ['a negative duration', 't1 GET /a 200 -1'],
    ['a fractional duration', 't1 GET /a 200 1.5'],
    ['a duration in exponent notation', 't1 GET /a 200 1e3'],
    ['a hexadecimal duration', 't1 GET /a 200 0x1F'],
  ])('2.7 returns undefined for %s', (_, line) => {
    expect(
      parseLine(line),
      'a duration is digits only: test the text with /^\\d+$/ before converting; Number() and parseInt() accept things a log line must not contain',
    ).toBeUndefined()
  })

  it('2.7 accepts a duration with leading zeros', () => {
    expect(parseLine('t1 GET /a 200 007')?.ms).toBe(7)
  })
})

describe('3. topN', () => {
  const hits = new Map([
    ['/a', 1],
    ['/b', 3],
    ['/c', 2],
  ])

  it('3.1 lists the keys with the highest counts, most first', () => {
    expect(topN(hits, 2), 'the highest count first: sort with countB - countA').toEqual([
      ['/b', 3],
      ['/c', 2],
    ])
  })

  it('3.2 breaks ties in the order of the keys', () => {
    const tied = new Map([
      ['/z', 2],
      ['/a', 2],
      ['/m', 2],
      ['/top', 5],
    ])
    expect(
      topN(tied, 3),
      "equal counts are listed by key: the map's own order (insertion) is not the rule",
    ).toEqual([
      ['/top', 5],
      ['/a', 2],
      ['/m', 2],
    ])
  })

  it('3.2 compares keys by code unit, as < does, not as localeCompare does', () => {
    const tied = new Map([
      ['/a_b', 1],
      ['/a-b', 1],
      ['/a', 1],
      ['/B', 1],
    ])
    expect(
      topN(tied, 4),
      "compare keys with < (UTF-16 code units: 'B' before 'a', '-' before '_'); localeCompare orders by language and differs",
    ).toEqual([
      ['/B', 1],
      ['/a', 1],
      ['/a-b', 1],
      ['/a_b', 1],
    ])
  })

  it('3.3 lists every key when n is larger, and none for n = 0', () => {
    expect(
      topN(hits, 10),
      'n larger than the map lists every entry, and nothing more (slice(0, n) stops at the end)',
    ).toHaveLength(3)
    expect(topN(hits, 0)).toEqual([])
  })

  it('3.4 leaves the map as it was', () => {
    const entries: Array<[string, number]> = [
      ['/a', 1],
      ['/b', 3],
      ['/c', 2],
    ]
    const counts = new Map(entries)
    topN(counts, 2)
    expect(
      [...counts],
      'topN changed the map it was given: sort a copy ([...counts]) and leave the map alone',
    ).toEqual(entries)
  })

  it.each([-1, 1.5, NaN, Infinity])(
    '3.5 throws a RangeError for n = %s, saying it is about n',
    (n) => {
      expect(() => topN(hits, n), 'n must be a whole number >= 0').toThrow(RangeError)
      expect(
        () => topN(hits, n),
        'give the RangeError a message that names the argument that is wrong: n',
      ).toThrow(/\bn\b/)
    },
  )
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

/** A `where` that remembers the time of every entry it was asked about. */
function watchingWhere(accept: (entry: LogEntry) => boolean = () => true) {
  const seen: string[] = []
  return {
    seen,
    where: (entry: LogEntry) => {
      seen.push(entry.time)
      return accept(entry)
    },
  }
}

describe('4. analyze', () => {
  it('4.1 reports a whole log read in chunks that split its lines', async () => {
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

  it('4.1 counts only the entries `where` accepts', async () => {
    const report = await analyze(chunked(LOG, 64), { where: (entry) => entry.method === 'GET' })
    expect(report.requests, 'count an entry only when where(entry) accepts it').toBe(5)
  })

  it('4.1 counts the last line even when the log does not end with a newline', async () => {
    const report = await analyze(chunked('t1 GET /a 200 1\nt2 GET /b 200 2', 5))
    expect(report.requests, 'the last line of the log was not counted').toBe(2)
  })

  it('4.2 counts a blank line neither as a request nor as malformed', async () => {
    const report = await analyze(chunked('\n\n   \n\t \nt1 GET /a 200 1\n\n', 4))
    expect(
      [report.requests, report.malformed],
      'blank lines (empty, or only spaces and tabs) are not requests, and not malformed either: skip them',
    ).toEqual([1, 0])
  })

  it('4.3 counts every malformed line, whatever `where` says', async () => {
    const report = await analyze(chunked('garbage\nt1 GET /a 200 1\nt2 GET /a 2000 1\n', 64), {
      where: () => false,
    })
    expect(
      [report.requests, report.malformed],
      'a line that does not parse is malformed before where is asked anything',
    ).toEqual([0, 2])
  })

  it('4.3 counts a line of other whitespace as malformed, not blank', async () => {
    const report = await analyze(chunked('\u00a0\n', 64))
    expect(
      report.malformed,
      'only spaces and tabs make a line blank: a no-break space is text, and this line does not parse',
    ).toBe(1)
  })

  it('4.4 counts 5xx statuses as errors, from 500 to 599', async () => {
    const fives = ['t GET /a 500 1', 't GET /a 599 1'].join('\n')
    expect(
      (await analyze(chunked(fives, 64))).errors,
      '500 and 599 are both 5xx: count from 500 (>= 500, not > 500) to 599',
    ).toBe(2)
    const others = ['t GET /a 499 1', 't GET /a 600 1', 't GET /a 999 1'].join('\n')
    expect(
      (await analyze(chunked(others, 64))).errors,
      'errors are the statuses from 500 to 599: 600 and above are three digits, but not 5xx',
    ).toBe(0)
  })

  it('4.4 counts the errors among the counted requests only', async () => {
    const log = 't1 GET /a 500 1\nt2 POST /a 500 1\n'
    const report = await analyze(chunked(log, 64), { where: (entry) => entry.method === 'GET' })
    expect(report.errors, 'ask where first: a request it refuses is not an error either').toBe(1)
  })

  it('4.5 keeps the first of the slowest requests when several tie', async () => {
    const report = await analyze(chunked('t1 GET /a 200 9\nt2 GET /b 200 9\n', 64))
    expect(report.slowest?.time, 'on a tie, keep the request you saw first (>, not >=)').toBe('t1')
  })

  it('4.5 finds the slowest request when every request took 0 ms', async () => {
    const report = await analyze(chunked('t1 GET /a 200 0\nt2 GET /b 200 0\n', 64))
    expect(
      report.slowest?.time,
      'a first maximum of 0 is a sentinel that 0 ms never beats: start from "no request yet" (undefined) instead',
    ).toBe('t1')
  })

  it('4.5 has no slowest request in an empty log', async () => {
    expect((await analyze(asyncSpySource<string>([]))).slowest).toBeUndefined()
  })

  it('4.6 lists `top` paths among the counted requests, 3 by default', async () => {
    expect((await analyze(chunked(LOG, 64), { top: 1 })).topPaths).toEqual([['/home', 3]])
    expect(
      (await analyze(chunked(LOG, 64), { top: 0 })).topPaths,
      'top: 0 asks for no path at all: a default written as top || 3 turns 0 into 3 (a default parameter, top = 3, does not)',
    ).toEqual([])
    const report = await analyze(chunked(LOG, 64), { where: (entry) => entry.path !== '/home' })
    expect(report.topPaths, 'list only the paths of counted requests, as topN orders them').toEqual(
      [
        ['/api/users', 2],
        ['/login', 1],
      ],
    )
    expect(
      (await analyze(chunked('a 1 /a 200 1\nb 1 /b 200 1\nc 1 /c 200 1\nd 1 /d 200 1\n', 64)))
        .topPaths,
      'without a top, list 3 paths',
    ).toHaveLength(3)
  })

  it('4.6 reads UTF-8 bytes, as a file stream gives them', async () => {
    const report = await analyze(asyncSpySource([bytes('t1 GET /caf'), bytes('é 200 1\n')]))
    expect(report.topPaths).toEqual([['/café', 1]])
  })

  it('4.6 reports zeros for an empty log', async () => {
    expect(await analyze(asyncSpySource<string>([]))).toEqual({
      requests: 0,
      malformed: 0,
      errors: 0,
      slowest: undefined,
      topPaths: [],
    })
  })

  it.each([-1, 1.5, NaN, Infinity])(
    '4.7 rejects top = %s before reading anything, saying it is about top',
    async (top) => {
      const source = asyncSpySource(['t1 GET /a 200 1\n'])
      const state = await promiseState((async () => analyze(source, { top }))())
      const reason = state.status === 'rejected' ? state.reason : undefined
      expect(reason, 'top must be a whole number >= 0: refuse it with a RangeError').toBeInstanceOf(
        RangeError,
      )
      expect(
        (reason as Error).message,
        'give the RangeError a message that names the option that is wrong: top',
      ).toMatch(/\btop\b/)
      expect(
        source.opens,
        'check the options before you open a possibly huge file: topN would only refuse it after the whole read',
      ).toBe(0)
    },
  )

  it('4.8 looks at each line before it reads the next chunk', async () => {
    const source = pushSource<string>()
    const { seen, where } = watchingWhere()
    const report = analyze(source, { where })
    source.emit('t1 GET /a 200 1\n')
    await promiseState(report)
    expect(
      seen,
      'analyze() read ahead before it looked at the first line: go through the lines as they come (for await over lines()), without collecting them first',
    ).toEqual(['t1'])
    source.emit('t2 GET /a 200 1\n')
    source.end()
    expect((await promiseState(report)).status).toBe('fulfilled')
  })

  it('4.9 rejects with the error of the source', async () => {
    const source = pushSource<string>()
    const report = analyze(source)
    source.emit('t1 GET /a 200 1\n')
    source.fail(new Error('disk read failed'))
    expect(await promiseState(report)).toEqual({
      status: 'rejected',
      reason: new Error('disk read failed'),
    })
  })

  it('4.9 rejects with the error of `where`, and closes the source', async () => {
    const source = asyncSpySource(endlessLog(), { label: 'the log' })
    const broken = new Error('where failed')
    const report = analyze(source, {
      where: () => {
        throw broken
      },
    })
    expect(await promiseState(report)).toEqual({ status: 'rejected', reason: broken })
    expect(
      source,
      'where threw, which ends the report: the source must be closed (a for await loop does it when its body throws)',
    ).toBeClosed()
  })
})
