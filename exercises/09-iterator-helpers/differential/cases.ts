/**
 * The generated cases: every helper, over scripted sources (each way `return` can behave, each
 * fault a pull can have), with scripted callbacks and counts, driven by scripted consumers. A case
 * is a scenario run against one set of helpers; its log is everything the helpers did to the
 * scripted objects and everything they answered.
 */
import {
  Recorder,
  scriptedIterator,
  type Fault,
  type ReturnKind,
  type SourceScript,
} from './record.ts'

type Helper = (...args: unknown[]) => unknown
export type Helpers = Record<Name, Helper>

const LAZY = ['map', 'filter', 'take', 'drop', 'flatMap'] as const
const EAGER = ['toArray', 'forEach', 'some', 'every', 'find', 'reduce'] as const
type Name = (typeof LAZY)[number] | (typeof EAGER)[number] | 'from'
export const NAMES: readonly Name[] = [...LAZY, ...EAGER, 'from']

export interface Case {
  name: string
  run(helpers: Helpers, record: Recorder): void
}

const RETURNS: ReturnKind[] = ['none', 'null', 'not callable', 'not done', 'primitive', 'throws']
const FAULTS: Fault[] = ['next throws', 'not an object', 'done throws', 'value throws']

const SOURCES: [string, SourceScript][] = [
  ['an empty source', { values: [] }],
  ['one value', { values: [1] }],
  ['three values', { values: [1, 2, 3] }],
  ['done spelled 1 and 0', { values: [1, 2, 3], doneAs: 'number' }],
  ...RETURNS.map((returns): [string, SourceScript] => [
    `return: ${returns}`,
    { values: [1, 2, 3], returns },
  ]),
  ...FAULTS.map((kind): [string, SourceScript] => [
    `${kind} at pull 2`,
    { values: [1, 2, 3], fault: { at: 2, kind } },
  ]),
]

type Step = 'next' | 'return'
const CONSUMERS: [string, Step[]][] = [
  ['drain', Array<Step>(8).fill('next')],
  ['next, return, next', ['next', 'return', 'next']],
  ['return first', ['return', 'next', 'return']],
  ['next twice, return twice', ['next', 'next', 'return', 'return']],
]

/** What a case may need while it runs: the helper it made, for callbacks that call back into it. */
interface Context {
  helper?: { next(): unknown }
}

/** One argument list, built fresh for each run so that every object is new and recorded. */
type Arguments = (record: Recorder, context: Context) => unknown[]

const callback =
  (body: (record: Recorder, context: Context, value: unknown, counter: unknown) => unknown) =>
  (label: string, record: Recorder, context: Context) =>
    record.fn(label, (value, counter) => body(record, context, value, counter))

const notCallable: [string, Arguments][] = [
  ['a string as the callback', () => ['oops']],
  ['an object as the callback', (record) => [record.watch({}, 'not a function')]],
  ['no callback', () => []],
]

const throwsAtSecond = callback((record, _, value, counter) => {
  if (counter === 1) throw record.error('callback error')
  return value
})

const predicates: [string, Arguments][] = [
  [
    '1 for odd values, 0 for even',
    (r, c) => [callback((_, __, v) => (v as number) % 2)('predicate', r, c)],
  ],
  ['always "yes"', (r, c) => [callback(() => 'yes')('predicate', r, c)]],
  ['always ""', (r, c) => [callback(() => '')('predicate', r, c)]],
  ['throws at the second value', (r, c) => [throwsAtSecond('predicate', r, c)]],
  ...notCallable,
]

const mappers: [string, Arguments][] = [
  ['times 10', (r, c) => [callback((_, __, v) => (v as number) * 10)('mapper', r, c)]],
  ['throws at the second value', (r, c) => [throwsAtSecond('mapper', r, c)]],
  [
    'calls the helper again from inside',
    (r, c) => [callback((_, context) => context.helper?.next())('mapper', r, c)],
  ],
  ...notCallable,
]

const sum = callback((_, __, accumulator, value) => (accumulator as number) + (value as number))
const reducers: [string, Arguments][] = [
  ['a sum, no initial value', (r, c) => [sum('reducer', r, c)]],
  ['a sum from 0', (r, c) => [sum('reducer', r, c), 0]],
  ['a sum from undefined', (r, c) => [sum('reducer', r, c), undefined]],
  ['throws at the second value, from 0', (r, c) => [throwsAtSecond('reducer', r, c), 0]],
  ['throws at the second value, no initial value', (r, c) => [throwsAtSecond('reducer', r, c)]],
  ...notCallable,
]

const counts: [string, Arguments][] = [
  ...([0, 1, 2, '2', 1.5, -0.5, -1, NaN, Infinity, 'many', undefined, 10n] as unknown[]).map(
    (count): [string, Arguments] => [
      `count ${typeof count === 'string' ? JSON.stringify(count) : typeof count === 'bigint' ? `${count}n` : String(count)}`,
      () => [count],
    ],
  ),
  [
    'a count whose valueOf gives 2',
    (record) => [record.watch({ valueOf: record.fn('valueOf', () => 2) }, 'count')],
  ],
  [
    'a count whose valueOf throws',
    (record) => [
      record.watch(
        {
          valueOf: record.fn('valueOf', () => {
            throw record.error('valueOf error')
          }),
        },
        'count',
      ),
    ],
  ],
]

/** What flatMap's mapper hands back, one kind per case. */
const inners: [string, (record: Recorder, value: unknown) => unknown][] = [
  ['an array', (_, value) => [value, (value as number) * 10]],
  ['an inner iterator', (record, value) => inner(record, value, {})],
  ...RETURNS.map((returns): [string, (record: Recorder, value: unknown) => unknown] => [
    `an inner iterator whose return: ${returns}`,
    (record, value) => inner(record, value, { returns }),
  ]),
  ...FAULTS.map((kind): [string, (record: Recorder, value: unknown) => unknown] => [
    `an inner iterator with ${kind} at pull 2`,
    (record, value) => inner(record, value, { fault: { at: 2, kind } }),
  ]),
  [
    'an iterable whose [Symbol.iterator] gives an inner iterator',
    (record, value) =>
      record.watch(
        { [Symbol.iterator]: record.fn('open', () => inner(record, value, {})) },
        `iterable ${String(value)}`,
      ),
  ],
  [
    'an iterator whose [Symbol.iterator] is null',
    (record, value) => inner(record, value, {}, { [Symbol.iterator]: null }),
  ],
  [
    'an object whose [Symbol.iterator] is not callable',
    (record, value) => record.watch({ [Symbol.iterator]: 7 }, `iterable ${String(value)}`),
  ],
  [
    'an object whose [Symbol.iterator] gives a primitive',
    (record, value) =>
      record.watch({ [Symbol.iterator]: record.fn('open', () => 5) }, `iterable ${String(value)}`),
  ],
  ['a string', () => 'ab'],
  ['a number', () => 5],
  ['null', () => null],
]

function inner(
  record: Recorder,
  value: unknown,
  script: Partial<SourceScript>,
  extra: object = {},
): object {
  return scriptedIterator(
    record,
    { values: [value, `${String(value)}'`], ...script },
    `inner ${String(value)}`,
    extra,
  )
}

const flatMappers: [string, Arguments][] = [
  ...inners.map(([name, make]): [string, Arguments] => [
    `the mapper returns ${name}`,
    (record, context) => [callback((r, __, value) => make(r, value))('mapper', record, context)],
  ]),
  ['the mapper throws at the second value', (r, c) => [throwsAtSecond('mapper', r, c)]],
  ...notCallable,
]

const ARGUMENTS: Record<Exclude<Name, 'from'>, [string, Arguments][]> = {
  map: mappers,
  filter: predicates,
  take: counts,
  drop: counts,
  flatMap: flatMappers,
  toArray: [['no argument', () => []]],
  forEach: [
    ['a callback', (r, c) => [callback(() => undefined)('fn', r, c)]],
    ['throws at the second value', (r, c) => [throwsAtSecond('fn', r, c)]],
    ...notCallable,
  ],
  some: predicates,
  every: predicates,
  find: predicates,
  reduce: reducers,
}

function consume(record: Recorder, helper: { next(): unknown; return?(): unknown }, steps: Step[]) {
  for (const step of steps) {
    try {
      record.log(`consumer: ${step}() → ${record.showResult(helper[step]?.())}`)
    } catch (error) {
      record.log(`consumer: ${step}() threw ${record.show(error)}`)
    }
  }
}

function describeHelper(record: Recorder, helper: unknown): string {
  if (typeof helper !== 'object' || helper === null) return record.show(helper)
  const iterable = (helper as Iterable<unknown>)[Symbol.iterator]?.() === helper
  const inherits = Object.prototype.isPrototypeOf.call(IteratorPrototype, helper)
  return `an iterator (iterable: ${iterable}, inherits Iterator.prototype: ${inherits})`
}

const IteratorPrototype: object = Object.getPrototypeOf(
  Object.getPrototypeOf([][Symbol.iterator]()),
)

function helperCases(): Case[] {
  const cases: Case[] = []
  for (const name of [...LAZY, ...EAGER]) {
    for (const [sourceName, script] of SOURCES) {
      for (const [argumentsName, build] of ARGUMENTS[name]) {
        const consumers: [string, Step[]][] = (LAZY as readonly string[]).includes(name)
          ? CONSUMERS
          : [['', []]]
        for (const [consumerName, steps] of consumers) {
          cases.push({
            name: [name, sourceName, argumentsName, consumerName].filter(Boolean).join(' · '),
            run(helpers, record) {
              const source = scriptedIterator(record, script, 'source')
              const context: Context = {}
              const args = build(record, context)
              let helper: unknown
              try {
                helper = helpers[name](source, ...args)
              } catch (error) {
                return record.log(`${name}() threw ${record.show(error)}`)
              }
              if (name === 'reduce' || !(LAZY as readonly string[]).includes(name)) {
                return record.log(`${name}() → ${record.show(helper)}`)
              }
              record.name(helper as object, 'helper')
              record.log(`${name}() → ${describeHelper(record, helper)}`)
              context.helper = helper as { next(): unknown }
              consume(record, helper as { next(): unknown }, steps)
            },
          })
        }
      }
    }
  }
  return cases
}

/** Every helper refuses a first argument that is not an object, before touching the others. */
function notAnIteratorCases(): Case[] {
  const values: unknown[] = [42, null, undefined, 'ab', true]
  return [...LAZY, ...EAGER].flatMap((name) =>
    values.map((value) => ({
      name: `${name} · ${String(value)} as the iterator`,
      run(helpers: Helpers, record: Recorder) {
        const count = record.watch({ valueOf: record.fn('valueOf', () => 1) }, 'count')
        const fn = record.fn('callback', () => true)
        const second = name === 'take' || name === 'drop' ? count : fn
        try {
          record.log(`${name}() → ${record.show(helpers[name](value, second))}`)
        } catch (error) {
          record.log(`${name}() threw ${record.show(error)}`)
        }
      },
    })),
  )
}

/** from(): every kind of input, then a consumer. */
function fromCases(): Case[] {
  const inputs: [string, (record: Recorder) => unknown][] = [
    ['a string', () => 'a😀'],
    ...([42, null, undefined, true] as unknown[]).map(
      (value): [string, (record: Recorder) => unknown] => [String(value), () => value],
    ),
    ...SOURCES.map(([name, script]): [string, (record: Recorder) => unknown] => [
      `an iterator, ${name}`,
      (record) => scriptedIterator(record, script, 'source'),
    ]),
    ...SOURCES.map(([name, script]): [string, (record: Recorder) => unknown] => [
      `an iterator inheriting Iterator.prototype, ${name}`,
      (record) => scriptedIterator(record, { ...script, proto: 'iterator' }, 'source'),
    ]),
    [
      'an iterable whose [Symbol.iterator] gives an iterator',
      (record) =>
        record.watch(
          {
            [Symbol.iterator]: record.fn('open', () =>
              scriptedIterator(record, { values: [1, 2] }, 'source'),
            ),
          },
          'iterable',
        ),
    ],
    [
      'an iterator whose [Symbol.iterator] is null',
      (record) =>
        scriptedIterator(record, { values: [1, 2] }, 'source', { [Symbol.iterator]: null }),
    ],
    [
      'an object whose [Symbol.iterator] is not callable',
      (r) => r.watch({ [Symbol.iterator]: 7 }, 'iterable'),
    ],
    [
      'an object whose [Symbol.iterator] gives a primitive',
      (record) => record.watch({ [Symbol.iterator]: record.fn('open', () => 5) }, 'iterable'),
    ],
  ]
  return inputs.flatMap(([inputName, make]) =>
    CONSUMERS.map(([consumerName, steps]) => ({
      name: `from · ${inputName} · ${consumerName}`,
      run(helpers: Helpers, record: Recorder) {
        const input = make(record)
        let iterator: unknown
        try {
          iterator = helpers.from(input)
        } catch (error) {
          return record.log(`from() threw ${record.show(error)}`)
        }
        record.log(
          `from() → ${iterator === input ? 'its argument' : describeHelper(record, iterator)}`,
        )
        if (typeof input !== 'string') consume(record, iterator as { next(): unknown }, steps)
        else record.log(`values: ${[...(iterator as Iterable<string>)].join(' ')}`)
      },
    })),
  )
}

export function allCases(): Case[] {
  return [...helperCases(), ...notAnIteratorCases(), ...fromCases()]
}

export function runCase(kase: Case, helpers: Helpers): string[] {
  const record = new Recorder()
  kase.run(helpers, record)
  return record.events
}
