/**
 * Watch mode in a real terminal, as a student uses it: a copy of the course with exercises 01 and
 * 02, files edited on disk, keys pressed, the screen read back. The steps run in order and share
 * one copy of the course, as one student's session would.
 */
import { readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CLI, copyCourse, type CourseCopy } from './course-copy.ts'
import { Terminal } from './terminal.ts'

const ONE = 'exercises/01-iterables-and-iterators'
const TWO = 'exercises/02-iterating-strings'

describe('watch mode in a terminal', () => {
  let course: CourseCopy
  let terminal: Terminal
  let starter: string
  const write = (file: string, text: string) => writeFileSync(course.file(file), text)
  const start = (env: Record<string, string> = {}) => {
    terminal?.close()
    terminal = new Terminal(course.root, [process.execPath, CLI, '--time-limit', '8'], env)
  }

  beforeAll(() => {
    course = copyCourse(['01-iterables-and-iterators', '02-iterating-strings'])
    starter = readFileSync(course.file(`${ONE}/src/index.ts`), 'utf8')
    start()
  })
  afterAll(() => {
    terminal?.close()
    course?.remove()
  })

  it('opens at the first exercise with the progress, the counts and the first failure', async () => {
    const screen = await terminal.waitFor(/0 passed, \d+ failed/)
    expect(screen).toContain('01-iterables-and-iterators · Iterables and iterators')
    expect(screen).toContain('0 / 11 exercises done')
    expect(screen).toContain('First failure: 1. iter › ')
    expect(screen).toMatch(/not implemented yet: iter\(\)/)
    expect(screen).toMatch(/exercises\/01-iterables-and-iterators\/src\/index\.ts:\d+:\d+/)
    expect(screen).toContain("throw new Error('not implemented yet: iter()")
  })

  it('shows colours on a terminal', () => {
    expect(terminal.screen({ escapes: true })).toContain('\u001b[')
  })

  it('shows one more hint for the failing task at each h', async () => {
    terminal.press('h')
    await terminal.waitFor(/Hints for 1\. iter \(1 of \d\)/)
    terminal.press('h')
    const screen = await terminal.waitFor(/Hints for 1\. iter \(2 of \d\)/)
    expect(screen).toMatch(/^ {2}2\. /m)
  })

  it('refuses n while tests fail', async () => {
    terminal.press('n')
    await terminal.waitFor(/Not done yet: make every test pass, then press n\./)
  })

  it('shows a syntax error with its file and line, and keeps watching', async () => {
    write(`${ONE}/src/index.ts`, starter.replace('export function iter', 'export function iter('))
    const screen = await terminal.waitFor(/syntax error/)
    expect(screen).toMatch(/src\/index\.ts:\d+:\d+/)
  })

  it('stops an endless loop after the time limit, and keeps watching', async () => {
    write(
      `${ONE}/src/index.ts`,
      starter.replace(
        /(export function iter<T>\([^)]*\): Iterator<T> \{)/,
        '$1\n  while (true) {}',
      ),
    )
    await terminal.waitFor(/ran for more than 8 s/, 90_000)
    write(`${ONE}/src/index.ts`, readFileSync(course.file(`${ONE}/solution/index.ts`), 'utf8'))
    const screen = await terminal.waitFor(/✓ \d+ passed, 0 failed/)
    expect(screen).toContain('1 / 11 exercises done')
    expect(screen).toContain('Exercise done! Press n for the next one: 02-iterating-strings.')
    expect(screen, 'the earlier "Not done yet" is stale once every test passes').not.toContain(
      'Not done yet',
    )
  })

  it('has no hint for a finished exercise', async () => {
    terminal.press('h')
    const screen = await terminal.waitFor(/Every test passes: no hint needed\./)
    expect(screen).not.toContain('h hint')
  })

  it('moves on with n', async () => {
    terminal.press('n')
    const screen = await terminal.waitFor(/02-iterating-strings · Iterating strings[\s\S]*0 passed/)
    expect(screen).toContain('1 / 11 exercises done')
  })

  it('resets the exercise after asking, touching no other exercise', async () => {
    const pristine = readFileSync(course.file(`${TWO}/src/index.ts`), 'utf8')
    write(`${TWO}/src/index.ts`, `${pristine}\n// my attempt\n`)
    await terminal.waitFor(/running again|0 passed/)
    terminal.press('r')
    await terminal.waitFor(/Reset exercises\/02-iterating-strings\/src to the starter\?/)
    terminal.press('y')
    await terminal.waitFor(/Reset exercises\/02-iterating-strings\/src\/index\.ts to the starter\./)
    expect(readFileSync(course.file(`${TWO}/src/index.ts`), 'utf8')).toBe(pristine)
    expect(readFileSync(course.file(`${ONE}/src/index.ts`), 'utf8')).toBe(
      readFileSync(course.file(`${ONE}/solution/index.ts`), 'utf8'),
    )
  })

  it('quits with q, naming the exercise to come back to', async () => {
    terminal.press('q')
    await terminal.waitFor(
      /Bye for now\. Run the same command to come back to 02-iterating-strings\./,
    )
  })

  it('comes back to the same place, even when the state file is gone', async () => {
    rmSync(course.file('.iterlings-state.json'))
    start({ NO_COLOR: '1' })
    const screen = await terminal.waitFor(/02-iterating-strings · Iterating strings[\s\S]*0 passed/)
    expect(screen).toContain('1 / 11 exercises done')
    expect(terminal.screen({ escapes: true }), 'NO_COLOR means no colours').not.toContain(
      '\u001b[3',
    )
  })

  it('lists every exercise with l', async () => {
    terminal.press('l')
    const screen = await terminal.waitFor(/03-for-of/)
    expect(screen).toMatch(/✓ 01-iterables-and-iterators\s+done/)
    expect(screen).toMatch(/✗ 02-iterating-strings\s+0 \/ \d+ tests pass/)
    expect(screen).toMatch(/03-for-of\s+not in this copy of the course yet/)
    terminal.press('q')
    await terminal.waitFor(/Bye for now/)
  })

  it('leaves no process behind once it quits', async () => {
    // Every process the CLI starts (its test runner and vitest's forks) works in the course folder.
    // Killed processes take a moment to go; a leaked one stays.
    const running = () =>
      readdirSync('/proc')
        .filter((pid) => /^\d+$/.test(pid))
        .filter((pid) => {
          try {
            return readlinkSync(`/proc/${pid}/cwd`).startsWith(course.root)
          } catch {
            return false
          }
        })
    for (let wait = 0; wait < 50 && running().length > 0; wait += 1)
      await new Promise((resolve) => setTimeout(resolve, 100))
    expect(running(), 'processes still running in the course folder').toEqual([])
  })
})
