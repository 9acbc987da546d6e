import pc from 'picocolors'
import { describe, expect, it } from 'vitest'
import type { Exercise } from '@iterlings/course'
import { counts, hintLines, listLines, progressBar, wrapLine } from '../src/screen.ts'
import { styleFor } from '../src/style.ts'

const plain = pc.createColors(false)
const exercise = (slug: string): Exercise => ({
  slug,
  title: slug,
  part: 1,
  docs: `/part-1/${slug}`,
  points: 10,
  dir: `/course/exercises/${slug}`,
})

describe('the screen', () => {
  it('draws the progress bar in proportion, with the count in words', () => {
    expect(progressBar(4, 11, plain, 11)).toBe('████░░░░░░░ 4 / 11 exercises done')
  })

  it('counts passed and failed tests, and says when a run was stopped', () => {
    expect(counts({ slug: 'a', passed: 3, failed: 2, durationMs: 1 }, plain)).toBe(
      '✗ 3 passed, 2 failed',
    )
    expect(counts({ slug: 'a', passed: 5, failed: 0, durationMs: 1 }, plain)).toBe(
      '✓ 5 passed, 0 failed',
    )
    expect(
      counts({ slug: 'a', passed: 0, failed: 0, timedOut: true, durationMs: 1 }, plain),
    ).toMatch(/ran too long/)
  })

  it('lists each status in words a student reads', () => {
    const lines = listLines(
      [
        { exercise: exercise('01-a'), status: 'done' },
        {
          exercise: exercise('02-b'),
          status: 'failing',
          summary: { slug: '02-b', passed: 1, failed: 3, durationMs: 1 },
        },
        { exercise: exercise('03-c'), status: 'not run' },
        { exercise: exercise('04-d'), status: 'not available' },
      ],
      plain,
    )
    expect(lines).toEqual([
      '✓ 01-a  done',
      '✗ 02-b  1 / 4 tests pass',
      '· 03-c  not run yet',
      '· 04-d  not in this copy of the course yet',
    ])
  })

  it('numbers the hints seen and says when the last one is shown', () => {
    const lines = hintLines({ task: '1. iter', shown: ['nudge', 'almost'], total: 2 }, plain)
    expect(lines).toEqual([
      'Hints for 1. iter (2 of 2):',
      '  1. nudge',
      '  2. almost',
      '  That was the last hint for this task.',
    ])
    const short = { task: '1. iter', shown: ['nudge', 'closer', 'almost'], total: 3 }
    expect(hintLines(short, plain, { latestOnly: true })).toEqual([
      'Hints for 1. iter (3 of 3):',
      '  (hints 1 to 2 are in hints.md)',
      '  3. almost',
      '  That was the last hint for this task.',
    ])
  })

  it('uses colour only on a terminal and never with NO_COLOR', () => {
    expect(styleFor({ isTTY: true }, {}).red('x')).not.toBe('x')
    expect(styleFor({ isTTY: true }, { NO_COLOR: '1' }).red('x')).toBe('x')
    expect(styleFor({ isTTY: false }, {}).red('x')).toBe('x')
  })

  it('wraps a long line between words, under its indent and list number, colours and all', () => {
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
    expect(wrapLine('short', 12)).toEqual(['short'])
    expect(
      wrapLine('averyveryverylongword next', 12),
      'a word wider than the line stays whole',
    ).toEqual(['averyveryverylongword', 'next'])
  })
})
