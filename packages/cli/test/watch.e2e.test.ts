/**
 * Watch mode in a real terminal, as a student uses it: a copy of the course with exercises 01, 02,
 * 05 and 07, files edited on disk, keys pressed, the screen read back. The steps run in order and
 * share one copy of the course, as one student's session would.
 */
import { execFileSync } from 'node:child_process'
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findExercise, loadCourse } from '@iterlings/course'
import { processes } from '@iterlings/run/process-table'
import { fingerprint, STATE_FILE } from '../src/progress.ts'
import { CLI, copyCourse, EXERCISES, tasksOf, type CourseCopy } from './course-copy.ts'
import { Terminal } from './terminal.ts'

const ONE = 'exercises/01-iterables-and-iterators'
const TWO = 'exercises/02-iterating-strings'
const SEVEN = 'exercises/07-lazy-pipelines'
const FIRST_TASK = new RegExp(`Task 1 of ${tasksOf('01-iterables-and-iterators')}: iter`)

describe('watch mode in a terminal', () => {
  let course: CourseCopy
  let terminal: Terminal
  let starter: string
  const read = (file: string) => readFileSync(course.file(file), 'utf8')
  const write = (file: string, text: string) => writeFileSync(course.file(file), text)
  // Honest runs get a limit far above their time on a busy CI machine (07's starter took more than
  // 20 s there, 2 s here when quiet); the test of the limit itself starts with a short one.
  const start = (args: string[] = [], env: Record<string, string> = {}, limitSeconds = 120) => {
    terminal?.close()
    const command = [process.execPath, CLI, '--time-limit', String(limitSeconds), ...args]
    terminal = new Terminal(course.root, command, { EDITOR: course.file('bin/nano'), ...env })
  }
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=s', '-c', 'user.email=s@example.com', ...args], {
      cwd: course.root,
      stdio: 'ignore',
    })

  beforeAll(() => {
    course = copyCourse([
      '01-iterables-and-iterators',
      '02-iterating-strings',
      '05-stop-iteration',
      '07-lazy-pipelines',
    ])
    starter = read(`${ONE}/src/index.ts`)
    // An editor that writes down how it was called (as nano is: +line file).
    mkdirSync(course.file('bin'))
    write('bin/nano', `#!/bin/sh\necho "$@" > "${course.file('edited.txt')}"\n`)
    chmodSync(course.file('bin/nano'), 0o755)
    start()
  })
  afterAll(() => {
    terminal?.close()
    course?.remove()
  })

  it('opens at the first exercise with the progress, the task, the counts and the first failure', async () => {
    const screen = await terminal.waitFor(/0 passed, \d+ failed/)
    expect(screen).toContain('01-iterables-and-iterators · Iterables and iterators')
    expect(screen).toContain(`0 / ${EXERCISES} exercises done`)
    expect(screen).toMatch(FIRST_TASK)
    expect(screen).toContain('First failure: 1. iter › ')
    expect(screen).toMatch(/exercises\/01-iterables-and-iterators\/(src|test)\/\S+\.ts:\d+:\d+/)
  })

  it('shows colours on a terminal', () => {
    expect(terminal.screen({ escapes: true })).toContain('\u001b[')
  })

  it('shows one more hint for the failing task at each h, code without its fences', async () => {
    terminal.press('h')
    await terminal.waitFor(/Hints for 1\. iter \(1 of 3\)/)
    terminal.press('hh')
    const screen = await terminal.waitFor(/Hints for 1\. iter \(3 of 3\)/)
    expect(screen).toContain('const iterator: unknown = iterable[Symbol.iterator]()')
    expect(screen).not.toContain('```')
  })

  it('refuses n while tests fail', async () => {
    terminal.press('n')
    await terminal.waitFor(/Not done yet: make every test pass, then press n\./)
  })

  it('on a syntax error, shows its file and line, and spends no hint', async () => {
    write(`${ONE}/src/index.ts`, starter.replace('export function iter', 'export function iter('))
    const screen = await terminal.waitFor(/syntax error/)
    expect(screen).toMatch(/src\/index\.ts:\d+:\d+/)
    expect(screen).not.toMatch(/Task \d+ of/)
    terminal.press('h')
    await terminal.waitFor(/No hint yet: the tests could not run/)
  })

  it('says to reset a deleted src/index.ts', async () => {
    rmSync(course.file(`${ONE}/src/index.ts`))
    const screen = await terminal.waitFor(/src\/index\.ts is missing/)
    expect(screen).toContain('Press r to reset it to the starter')
    expect(screen).not.toMatch(/Cannot find module|Failed to load/)
    terminal.press('r')
    await terminal.waitFor(/to the starter\? Your changes there will be lost/)
    terminal.press('y')
    await terminal.waitFor(FIRST_TASK)
    expect(read(`${ONE}/src/index.ts`)).toBe(starter)
  })

  it('stops an endless loop after the time limit, and keeps watching', async () => {
    const endless = (mark: number) =>
      starter.replace(
        /(export function iter<T>\([^)]*\): Iterator<T> \{)/,
        `$1\n  while (true) {} // ${mark}`,
      )
    // Only endless runs meet the short limit: on a busy machine even the starter may outlast it.
    write(`${ONE}/src/index.ts`, endless(1))
    start([], {}, 5)
    try {
      const screen = await terminal.waitFor(/ran for more than 5 s/, 120_000)
      expect(screen).not.toContain('watching goes on')
      write(`${ONE}/src/index.ts`, endless(2))
      await terminal.waitFor(/running again/)
      await terminal.waitFor(/^(?![\s\S]*running again)[\s\S]*ran for more than 5 s/, 120_000)
    } finally {
      write(`${ONE}/src/index.ts`, starter)
      start()
    }
    await terminal.waitFor(FIRST_TASK)
  }, 300_000)

  it('keeps an exercise unfinished while its types do not hold', async () => {
    write(`${ONE}/src/index.ts`, `${read(`${ONE}/solution/index.ts`)}\nconst n: number = 'oops'\n`)
    const screen = await terminal.waitFor(/✓ \d+ passed, 0 failed[\s\S]*Type error/)
    expect(screen).toContain("Type 'string' is not assignable to type 'number'.")
    expect(screen).toMatch(/exercises\/01-iterables-and-iterators\/src\/index\.ts:\d+:7/)
    expect(screen).not.toContain('Exercise done')
    expect(screen).toContain(`0 / ${EXERCISES} exercises done`)
    terminal.press('n')
    await terminal.waitFor(/Not done yet: fix the type errors, then press n\./)
  })

  it('opens the editor at the first type error with e', async () => {
    terminal.press('e')
    for (let wait = 0; wait < 50; wait += 1) {
      try {
        expect(read('edited.txt')).toMatch(/^\+\d+ .*01-iterables-and-iterators\/src\/index\.ts$/m)
        break
      } catch (error) {
        if (wait === 49) throw error
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
    }
  })

  it('is done once the types hold, and offers the solution', async () => {
    write(`${ONE}/src/index.ts`, read(`${ONE}/solution/index.ts`))
    const screen = await terminal.waitFor(/Exercise done!/)
    expect(screen).toContain(`1 / ${EXERCISES} exercises done`)
    expect(screen).toContain('Press n for the next one: 02-iterating-strings.')
    expect(screen).toContain('Press s to compare with the model solution.')
    expect(screen, 'the earlier "Not done yet" is stale once every test passes').not.toContain(
      'Not done yet',
    )
    terminal.press('h')
    await terminal.waitFor(/Every test passes: no hint needed\./)
  })

  it('shows the diff with the model solution, and goes back', async () => {
    write(`${ONE}/src/index.ts`, read(`${ONE}/solution/index.ts`).replace(/\n$/, '\n// mine\n'))
    await terminal.waitFor(/Exercise done!/)
    terminal.press('s')
    const screen = await terminal.waitFor(/model solution \(\+\)/)
    expect(screen).toContain('src/index.ts → solution/index.ts')
    expect(screen).toMatch(/^-\/\/ mine$/m)
    terminal.press('q')
    await terminal.waitFor(/Exercise done!/)
  })

  it('moves on with n', async () => {
    terminal.press('n')
    const screen = await terminal.waitFor(/02-iterating-strings · Iterating strings[\s\S]*0 passed/)
    expect(screen).toContain(`1 / ${EXERCISES} exercises done`)
  })

  it('resets to the shipped starter after a commit, touching no other exercise', async () => {
    const pristine = read(`${TWO}/src/index.ts`)
    write(`${TWO}/src/index.ts`, `${pristine}\n// my attempt\n`)
    git('add', '.')
    git('commit', '--quiet', '-m', 'my work')
    await terminal.waitFor(/running again|0 passed/)
    terminal.press('r')
    await terminal.waitFor(/Reset exercises\/02-iterating-strings\/src to the starter\?/)
    terminal.press('y')
    await terminal.waitFor(/Reset exercises\/02-iterating-strings\/src\/index\.ts to the starter\./)
    expect(read(`${TWO}/src/index.ts`)).toBe(pristine)
    expect(read(`${ONE}/src/index.ts`)).toContain('// mine')
  })

  it('drives the list: the current one marked, move, filter, search, back with q', async () => {
    terminal.press('l')
    let screen = await terminal.waitFor(/q\/Esc back/)
    expect(screen).toMatch(/✓ 01-iterables-and-iterators\s+done/)
    expect(screen).toMatch(/❯ ✗ 02-iterating-strings\s+task 1 of \d+\s+← current/)
    expect(screen).toMatch(/· 03-for-of\s+not in this copy of the course yet/)
    expect(screen).toMatch(/· 07-lazy-pipelines\s+not run yet/)
    terminal.press('d')
    screen = await terminal.waitFor(/showing done only/)
    expect(screen).not.toMatch(/✗ 02-iterating-strings/)
    terminal.press('d')
    terminal.press('/lazy')
    screen = await terminal.waitFor(/search: lazy/)
    expect(screen).toMatch(/❯ · 07-lazy-pipelines/)
    expect(screen).not.toMatch(/✓ 01-iterables/)
    terminal.press('\u001b')
    await terminal.waitFor(/✓ 01-iterables-and-iterators/)
    terminal.press('q')
    // The list's header names the exercise too: wait for the exercise screen's own keys.
    screen = await terminal.waitFor(/h hint/)
    expect(screen, 'q in the list goes back, it does not quit').toContain(
      '02-iterating-strings · Iterating strings',
    )
  })

  it('opens 07 from the list, where the first failure is the lowest failing task', async () => {
    terminal.press('l')
    await terminal.waitFor(/q\/Esc back/)
    terminal.press('/lazy')
    await terminal.waitFor(/search: lazy/)
    await terminal.waitFor(/❯ · 07-lazy-pipelines/)
    terminal.press('\r') // ends the search
    terminal.press('\r') // opens the exercise found
    const screen = await terminal.waitFor(
      /07-lazy-pipelines · Lazy pipelines[\s\S]*passed/,
      180_000,
    )
    expect(screen).toContain('Task 1 of 14: map')
    expect(screen).toContain('First failure: 1. map › ')
  })

  it('in 07, always names the lowest failing task, however the test files finish', async () => {
    // The solution, but for enumerate (task 9) and cycle (task 12), which fail.
    cpSync(course.file(`${SEVEN}/solution/index.ts`), course.file(`${SEVEN}/src/full.ts`))
    const broken = (name: string) =>
      `export function ${name}(): never {\n  throw new Error('not yet: ${name}')\n}\n`
    const seven = findExercise(loadCourse(course.root), '07')
    for (let run = 0; run < 4; run += 1) {
      write(
        `${SEVEN}/src/index.ts`,
        `export * from './full.ts'\n${broken('cycle')}${broken('enumerate')}// run ${run}\n`,
      )
      // Once this run's result is in, the screen shows it.
      const tested = () => {
        const state = existsSync(course.file(STATE_FILE)) && JSON.parse(read(STATE_FILE))
        return state?.results?.['07-lazy-pipelines']?.fingerprint === fingerprint(seven)
      }
      for (let wait = 0; !tested(); wait += 1) {
        if (wait > 600) throw new Error(`run ${run} never came back`)
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      const screen = await terminal.waitFor(/First failure: 9\. enumerate › /)
      expect(screen).toContain('Task 9 of 14: enumerate')
    }
  })

  it('resets from the list after asking, and a no keeps the code', async () => {
    terminal.press('l')
    await terminal.waitFor(/q\/Esc back/)
    terminal.press('r')
    await terminal.waitFor(/Reset exercises\/07-lazy-pipelines\/src to the starter\?/)
    terminal.press('n')
    await terminal.waitFor(/Reset cancelled: your code is as it was\./)
    expect(read(`${SEVEN}/src/index.ts`)).toContain('// run 3')
    terminal.press('r')
    await terminal.waitFor(/to the starter\?/)
    terminal.press('y')
    await terminal.waitFor(/Reset exercises\/07-lazy-pipelines\/src\/index\.ts to the starter\./)
    expect(read(`${SEVEN}/src/index.ts`)).toBe(
      read('.iterlings/starters/07-lazy-pipelines/index.ts'),
    )
    terminal.press('\u001b')
    await terminal.waitFor(/h hint/)
  })

  it('quits with q, naming the exercise to come back to', async () => {
    terminal.press('q')
    await terminal.waitFor(/Bye for now\. Run the same command to come back to 07-lazy-pipelines\./)
  })

  it('comes back to the same exercise, without colours under NO_COLOR', async () => {
    start([], { NO_COLOR: '1' })
    // A fresh start loads 07 and runs its 200 tests: minutes on a busy machine.
    const screen = await terminal.waitFor(
      /07-lazy-pipelines · Lazy pipelines[\s\S]*passed/,
      240_000,
    )
    expect(screen, '01 was left done, its last save run and remembered').toContain(
      `1 / ${EXERCISES} exercises done`,
    )
    expect(terminal.screen({ escapes: true }), 'NO_COLOR means no colours').not.toContain(
      '\u001b[3',
    )
    terminal.press('q')
    await terminal.waitFor(/Bye for now/)
  }, 300_000)

  it('opens the exercise it is given (pnpm start 05)', async () => {
    start(['05'])
    const screen = await terminal.waitFor(/05-stop-iteration · Stopping iteration[\s\S]*passed/)
    expect(screen).toMatch(/Task 1 of \d+/)
    terminal.press('q')
    await terminal.waitFor(/come back to 05-stop-iteration/)
  })

  it('comes back to the first unfinished exercise when the state file is gone', async () => {
    rmSync(course.file('.iterlings-state.json'))
    start()
    const screen = await terminal.waitFor(/02-iterating-strings · Iterating strings[\s\S]*passed/)
    expect(screen).toContain(`1 / ${EXERCISES} exercises done`)
    terminal.press('q')
    await terminal.waitFor(/Bye for now/)
  })

  it('leaves no process behind once it quits', async () => {
    // Every process the CLI starts (its test runner, vitest's forks, the type checker) works in
    // the course folder. Killed processes take a moment to go; a leaked one stays.
    await expect
      .poll(() => processes().filter(({ cwd }) => cwd.startsWith(course.root)), {
        message: 'processes still running in the course folder',
        timeout: 5000,
      })
      .toEqual([])
  })
})
