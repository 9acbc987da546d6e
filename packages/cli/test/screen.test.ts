import { hostname } from 'node:os'
import pc from 'picocolors'
import { describe, expect, it } from 'vitest'
import type { RunOutcome } from '../src/outcome.ts'
import {
  counts,
  hintLines,
  markdownLines,
  place,
  progressBar,
  standing,
  wrapLine,
} from '../src/screen.ts'
import { styleFor } from '../src/style.ts'

const plain = pc.createColors(false)
const outcome = (passed: number, failed: number, patch: Partial<RunOutcome> = {}): RunOutcome => ({
  tests: [
    ...Array.from({ length: passed }, (_, index) => ({
      name: `1. a › ${index}`,
      task: 1,
      rules: [],
      status: 'passed' as const,
    })),
    ...Array.from({ length: failed }, (_, index) => ({
      name: `2. b › ${index}`,
      task: 2,
      rules: [],
      status: 'failed' as const,
    })),
  ],
  errors: [],
  durationMs: 1,
  ...patch,
})

describe('the screen', () => {
  it('draws the progress bar in proportion, with the count in words', () => {
    expect(progressBar(4, 11, plain, 11)).toBe('████░░░░░░░ 4 / 11 exercises done')
  })

  it('counts passed and failed tests, files that could not load, and a stopped run', () => {
    expect(counts(outcome(3, 2), plain)).toBe('✗ 3 passed, 2 failed')
    expect(counts(outcome(5, 0), plain)).toBe('✓ 5 passed, 0 failed')
    expect(
      counts(outcome(0, 0, { errors: [{ message: 'x', file: 'test/a.test.ts' }] }), plain),
    ).toBe('✗ 0 passed, 0 failed, 1 test file could not load')
    expect(
      counts(outcome(0, 0, { stop: { reason: 'time', detail: '', notRun: [] } }), plain),
    ).toMatch(/ran too long/)
  })

  it('says where the student stands: the task, or what else is left', () => {
    const clean = { errors: 0, complete: true, durationMs: 1 }
    expect(standing(undefined, 3)).toBeUndefined()
    expect(standing({ tests: outcome(3, 2), types: clean }, 14)).toBe('task 2 of 14')
    expect(standing({ tests: outcome(3, 2) }, 0), 'the tests count the tasks too').toBe(
      'task 2 of 2',
    )
    expect(standing({ tests: outcome(3, 0), types: clean }, 3)).toBe('done')
    expect(standing({ tests: outcome(3, 0), types: { ...clean, errors: 2 } }, 3)).toBe(
      'tests pass, 2 type errors',
    )
    expect(standing({ tests: outcome(3, 0) }, 3)).toBe('tests pass, checking types')
    expect(standing({ tests: outcome(0, 0, { errors: [{ message: 'x' }] }) }, 3)).toBe(
      'does not load',
    )
  })

  it('numbers the hints seen and says when the last one is shown', () => {
    const task = { task: '1. iter', hints: ['nudge', 'closer', 'almost'] }
    expect(hintLines({ task, seen: 2 }, plain)).toEqual([
      'Hints for 1. iter (2 of 3):',
      '  1. nudge',
      '  2. closer',
    ])
    expect(hintLines({ task, seen: 3 }, plain, { latestOnly: true })).toEqual([
      'Hints for 1. iter (3 of 3):',
      '  (hints 1 to 2 are in hints.md)',
      '  3. almost',
      '  That was the last hint for this task.',
    ])
  })

  it("shows a hint's code without its fences, and inline code without backticks", () => {
    expect(markdownLines('Use `next()`:\n\n```ts\nconst a = 1\n```\ndone', plain)).toEqual([
      'Use next():',
      '',
      'const a = 1',
      'done',
    ])
  })

  it('links a place to its file where the terminal can open it (OSC 8)', () => {
    const where = { file: '/course/exercises/a/src/index.ts', line: 3, column: 5 }
    expect(place(where, { style: plain, links: false, root: '/course' })).toBe(
      'exercises/a/src/index.ts:3:5',
    )
    const linked = place(where, { style: plain, links: true, root: '/course' })
    const ESC = '\u001b'
    expect(linked).toBe(
      `${ESC}]8;;file://${hostname()}/course/exercises/a/src/index.ts${ESC}\\exercises/a/src/index.ts:3:5${ESC}]8;;${ESC}\\`,
    )
  })

  it('uses colour only on a terminal and never with NO_COLOR', () => {
    expect(styleFor({ isTTY: true }, {}).red('x')).not.toBe('x')
    expect(styleFor({ isTTY: true }, { NO_COLOR: '1' }).red('x')).toBe('x')
    expect(styleFor({ isTTY: false }, {}).red('x')).toBe('x')
  })

  it('wraps a long line between words, under its indent, list number or quoted code', () => {
    const colour = pc.createColors(true)
    expect(wrapLine('  1. one two three four', 12)).toEqual([
      '  1. one two',
      '     three',
      '     four',
    ])
    expect(wrapLine(`  ${colour.red('alpha beta gamma')}`, 12)).toEqual([
      '  \u001b[31malpha beta',
      '  gamma\u001b[39m',
    ])
    expect(wrapLine('    12 │ const a = b = c', 18)).toEqual([
      '    12 │ const a =',
      '         b = c',
    ])
    expect(wrapLine('short', 12)).toEqual(['short'])
    expect(
      wrapLine('averyveryverylongword next', 12),
      'a word wider than the line stays whole',
    ).toEqual(['averyveryverylongword', 'next'])
    expect(
      wrapLine('\u001b]8;;file:///a\u001b\\a.ts:1:1\u001b]8;;\u001b\\ x', 12),
      'a link counts as its text',
    ).toHaveLength(1)
  })
})
