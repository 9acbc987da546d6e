/** Watch mode's screen, drawn from states: what a student reads in each mode. */
import { describeStop } from '@iterlings/run'
import pc from 'picocolors'
import { describe, expect, it } from 'vitest'
import type { State } from '../src/watch/state.ts'
import { screenLines, view } from '../src/watch/view.ts'
import { clean, failingFrom, passing, press, test, typeError, watching } from './watch-fixtures.ts'

const context = { look: { style: pc.createColors(false), links: false, root: '/c' } }
const screen = (state: State) => screenLines(state, context).join('\n')

describe('the exercise screen', () => {
  it('shows where the student is, the counts and the first failure, in task order', () => {
    const text = screen(watching(2))
    expect(text).toContain('iterlings · 01-a · Title of 01-a')
    expect(text).toContain('0 / 4 exercises done')
    expect(text).toContain('Task 2 of 3: two')
    expect(text).toContain('Edit: exercises/01-a/src/index.ts')
    expect(text).toContain('✗ 4 passed, 2 failed')
    expect(text).toContain('First failure: 2. t › a')
    expect(text).toContain('h hint · l list · r reset · e edit · q quit')
  })

  it('shows the first type error after the test results, with its file and line', () => {
    const state = watching(1, { results: { '01-a': { tests: failingFrom(3), types: typeError } } })
    const text = screen(state)
    expect(text.indexOf('Type error:')).toBeGreaterThan(text.indexOf('First failure'))
    expect(text).toContain('exercises/a/src/index.ts:3:7')
    expect(text).toContain('bad type')
  })

  it('keeps an exercise whose tests pass but whose types do not unfinished', () => {
    const state = watching(1, { results: { '01-a': { tests: passing, types: typeError } } })
    const text = screen(state)
    expect(text).toContain('✓ 6 passed, 0 failed')
    expect(text).toContain('Every test passes; fix the type error above to finish.')
    expect(text).not.toContain('Exercise done')
    expect(text).toContain('0 / 4 exercises done')
  })

  it('says done once the types hold too, and offers the next exercise and the solution', () => {
    const text = screen(watching('none'))
    expect(text).toContain(
      'Exercise done! Press n for the next one: 02-b. Press s to compare with the model solution.',
    )
    expect(text).toContain('n next · s solution · l list')
    expect(text).toContain('1 / 4 exercises done')
  })

  it('says the types are being checked, on a terminal', () => {
    const state = watching(1, { results: { '01-a': { tests: passing } } })
    expect(screen(state)).toContain('Checking the types…')
  })

  it('says to reset a deleted src/index.ts instead of a module-not-found', () => {
    const state = watching(1, {
      entryMissing: true,
      results: {
        '01-a': {
          tests: {
            tests: [],
            errors: [{ message: 'Cannot find module', file: 'test/a.test.ts' }],
            durationMs: 1,
          },
          types: clean,
        },
      },
    })
    const text = screen(state)
    expect(text).toContain('exercises/01-a/src/index.ts is missing')
    expect(text).toContain('Press r to reset it')
    expect(text).not.toContain('Cannot find module')
  })

  it('says a stopped run is watched on, without "watching goes on" where nothing watches', () => {
    const state = watching(1, {
      results: {
        '01-a': {
          tests: {
            tests: [],
            errors: [],
            stop: { reason: 'time', detail: describeStop('time', undefined, 8000), notRun: [] },
            durationMs: 8000,
          },
        },
      },
    })
    const text = screen(state)
    expect(text).toContain('Your code ran for more than 8 s, so the tests were stopped.')
    expect(text).not.toContain('watching goes on')
    const during = watching(1, {
      results: {
        '01-a': {
          tests: {
            tests: [{ ...test('1. t › a', 'failed', 1), message: 'stopped' }],
            errors: [],
            stop: { reason: 'time', during: '1. t › a', detail: 'stopped', notRun: [] },
            durationMs: 8000,
          },
        },
      },
    })
    expect(screen(during), 'the test it stopped in says nothing of the task').not.toMatch(
      /Task 1|ran too long:/,
    )
  })

  it('shows the hints of the failing task, and only the latest when the window is short', () => {
    const state = press(watching(3), 'h', 'h', 'h').state
    expect(screen(state)).toContain('Hints for 3. three (3 of 3):')
    expect(screen(state)).toContain('  1. nudge 3')
    const short = { ...state, size: { columns: 100, rows: 16 } }
    expect(screen(short)).toContain('(hints 1 to 2 are in hints.md)')
    expect(screenLines(short, context).length).toBeLessThan(16)
  })

  it('keeps the top and the keys in sight on a window too short for everything', () => {
    const long = failingFrom(1)
    long.tests[0] = { ...test('1. t › a', 'failed', 1), message: Array(40).fill('line').join('\n') }
    const state = watching(1, {
      results: { '01-a': { tests: long, types: clean } },
      size: { columns: 100, rows: 20 },
    })
    const lines = screenLines(state, context)
    expect(lines.length).toBeLessThan(20)
    expect(lines[0]).toContain('01-a')
    expect(lines.at(-1)).toContain('q quit')
  })

  it('wraps to the window between words', () => {
    const state = press(watching(3), 'r').state
    const lines = screenLines({ ...state, size: { columns: 40, rows: 40 } }, context)
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(40)
    expect(lines.join(' ')).toContain('Reset exercises/01-a/src to the starter?')
  })
})

describe('the list', () => {
  it('marks the current exercise and the selected row, with each one’s progress', () => {
    const state = press(
      watching(2, {
        results: {
          '01-a': { tests: failingFrom(2), types: clean },
          '02-b': { tests: passing, types: clean },
        },
      }),
      'l',
      'j',
    ).state
    const text = screen(state)
    expect(text).toMatch(/^ {2}✗ 01-a +task 2 of 3 {2}← current$/m)
    expect(text).toMatch(/^❯ ✓ 02-b +done$/m)
    expect(text).toMatch(/^ {2}· 03-c +not in this copy of the course yet$/m)
    expect(text).toMatch(/^ {2}· 04-d +not run yet$/m)
    expect(text).toContain('q/Esc back')
  })

  it('says its filter and search', () => {
    const text = screen(press(watching(2), 'l', 'p', '/', 'b').state)
    expect(text).toContain('showing pending only · search: b▏')
    expect(text).not.toContain('01-a  ')
  })
})

describe('without a terminal', () => {
  it('has no "running" lines to print, and a keys line that says to press Enter', () => {
    const state = watching(1)
    const plain = {
      ...state,
      config: { ...state.config, tty: false },
      runs: { ...state.runs, testsRunning: true },
    }
    const lines = view(plain, context)
      .flatMap((section) => section.lines)
      .join('\n')
    expect(lines).not.toContain('running again')
    expect(lines).toContain('(type a letter, then Enter)')
  })

  it('gives the same notice twice a new key, so it is printed again', () => {
    const once = press(watching(1), 'n').state
    const twice = press(once, 'n').state
    const key = (state: State) => view(state, context).find(({ id }) => id === 'notice')?.key
    expect(key(twice)).not.toBe(key(once))
  })
})
