/** The subcommands and watch mode without a terminal (a pipe, CI): plain lines, no colours. */
import { spawnSync } from 'node:child_process'
import { chmodSync, readFileSync, writeFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startCli } from './cli-process.ts'
import { CLI, copyCourse, EXERCISES, tasksOf, type CourseCopy } from './course-copy.ts'

const ONE = 'exercises/01-iterables-and-iterators'
const TASKS = tasksOf('01-iterables-and-iterators')

let course: CourseCopy
beforeAll(() => {
  course = copyCourse(['01-iterables-and-iterators', '02-iterating-strings'])
})
afterAll(() => course?.remove())

function iterlings(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: course.root, encoding: 'utf8' })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('iterlings --help', () => {
  it.each(['', 'watch', 'list', 'run', 'hint', 'reset', 'verify'])('explains %s', (command) => {
    const { code, stdout } = iterlings(...(command ? [command] : []), '--help')
    expect(code).toBe(0)
    expect(stdout).toContain('Usage: iterlings')
  })
})

describe('bad input', () => {
  it('suggests the closest exercise for an unknown one', () => {
    const { code, stderr } = iterlings('run', 'iterables-and-iteratorz')
    expect(code).toBe(1)
    expect(stderr).toContain('did you mean 01-iterables-and-iterators?')
  })

  it('names an unknown command and option', () => {
    expect(iterlings('frobnicate').stderr).toContain('unknown command "frobnicate"')
    const option = iterlings('list', '--colour')
    expect(option.code).toBe(2)
    expect(option.stderr).toContain("Unknown option '--colour'")
    expect(option.stderr, "node:util's advice about '--' does not apply here").not.toContain(
      'positional',
    )
  })

  it('says when an exercise is not in this copy of the course yet', () => {
    const { code, stderr } = iterlings('run', '04')
    expect(code).toBe(1)
    expect(stderr).toContain('04-custom-iterators is not in this copy of the course yet')
  })

  it('run without a name runs the current exercise (at first, the first unfinished)', () => {
    const { code, stdout } = iterlings('run')
    expect(code).toBe(1)
    expect(stdout, 'the first unfinished one').toContain('01-iterables-and-iterators: ✗')
  })

  it('does not reset without asking when it cannot ask', () => {
    const { code, stderr } = iterlings('reset', '01')
    expect(code).toBe(1)
    expect(stderr).toContain('add --yes')
  })
})

describe('subcommands', () => {
  it('run shows the counts and the first failure as plain text', () => {
    const { code, stdout } = iterlings('run', '01')
    expect(code).toBe(1)
    expect(stdout).toMatch(
      new RegExp(`01-iterables-and-iterators: ✗ 0 passed, \\d+ failed \\(task 1 of ${TASKS}\\)`),
    )
    expect(stdout).toContain('First failure: 1. iter › ')
    expect(stdout, 'no colours in a pipe').not.toContain('\u001b[')
  })

  it('list shows each exercise, including those not here yet', () => {
    const { code, stdout } = iterlings('list')
    expect(code).toBe(0)
    expect(stdout).toMatch(new RegExp(`✗ 01-iterables-and-iterators\\s+task 1 of ${TASKS}`))
    expect(stdout).toMatch(/· 11-capstone\s+not in this copy of the course yet/)
    expect(stdout).toContain(`0 / ${EXERCISES} exercises done`)
  })

  it('hint shows one more hint each time, of the current exercise when none is named', () => {
    expect(iterlings('hint', '01').stdout).toContain('Hints for 1. iter (1 of')
    expect(iterlings('hint').stdout).toContain('Hints for 1. iter (2 of')
  })

  it('hint spends no hint while the tests cannot load', () => {
    const entry = course.file(`${ONE}/src/index.ts`)
    const starter = readFileSync(entry, 'utf8')
    writeFileSync(entry, starter.replace('export function iter', 'export function iter('))
    const { code, stdout } = iterlings('hint', '01')
    writeFileSync(entry, starter)
    expect(code).toBe(1)
    expect(stdout).toContain('No hint yet: the tests could not run')
    expect(iterlings('hint', '01').stdout, 'the count did not move').toContain(
      'Hints for 1. iter (3 of',
    )
  })

  it('run counts a type error: the exercise is not done', () => {
    const entry = course.file(`${ONE}/src/index.ts`)
    const starter = readFileSync(entry, 'utf8')
    writeFileSync(
      entry,
      `${readFileSync(course.file(`${ONE}/solution/index.ts`), 'utf8')}\nconst n: number = 'oops'\n`,
    )
    const { code, stdout } = iterlings('run', '01')
    writeFileSync(entry, starter)
    expect(code).toBe(1)
    expect(stdout).toMatch(/✓ \d+ passed, 0 failed \(tests pass, 1 type error\)/)
    expect(stdout).toMatch(/Type error:\n {2}Type 'string' is not assignable to type 'number'\./)
    expect(stdout).toMatch(/exercises\/01-iterables-and-iterators\/src\/index\.ts:\d+:7/)
  })

  it('run --edit opens $EDITOR at the first failure', () => {
    const editor = course.file('vim')
    writeFileSync(editor, `#!/bin/sh\necho "$@" > "${course.file('edited.txt')}"\n`)
    chmodSync(editor, 0o755)
    const result = spawnSync(process.execPath, [CLI, 'run', '01', '--edit'], {
      cwd: course.root,
      encoding: 'utf8',
      env: { ...process.env, EDITOR: editor },
    })
    expect(result.status).toBe(1)
    expect(readFileSync(course.file('edited.txt'), 'utf8')).toMatch(
      /^\+\d+ \S+\/exercises\/01-iterables-and-iterators\/src\/index\.ts$/m,
    )
  })

  it('verify runs the exercises in order and stops at the first that fails', () => {
    writeFileSync(
      course.file(`${ONE}/src/index.ts`),
      readFileSync(course.file(`${ONE}/solution/index.ts`), 'utf8'),
    )
    const { code, stdout } = iterlings('verify')
    expect(code).toBe(1)
    expect(stdout).toContain('✓ 01-iterables-and-iterators: every test passes and the types hold')
    expect(stdout).toContain('✗ 02-iterating-strings')
    expect(stdout).not.toContain('03-for-of')
  })

  it('hint on a finished exercise says it is done, with no hint for a task that passes', () => {
    const { code, stdout } = iterlings('hint', '01')
    expect(code).toBe(0)
    expect(stdout).toContain('01-iterables-and-iterators is done: every test passes.')
    expect(stdout).not.toContain('Hints for')
  })

  it('reset --yes puts the shipped starter back, also after the student committed', () => {
    const shipped = spawnSync('git', ['show', `HEAD:${ONE}/src/index.ts`], {
      cwd: course.root,
      encoding: 'utf8',
    }).stdout
    const git = (...args: string[]) =>
      spawnSync('git', ['-c', 'user.name=s', '-c', 'user.email=s@example.com', ...args], {
        cwd: course.root,
      })
    git('commit', '--quiet', '-am', 'my solution')
    const { code, stdout } = iterlings('reset', '01', '--yes')
    expect(code).toBe(0)
    expect(stdout).toContain(`Reset ${ONE}/src/index.ts to the starter.`)
    expect(readFileSync(course.file(`${ONE}/src/index.ts`), 'utf8')).toBe(shipped)
  })

  it('run after a time limit does not say watching goes on', () => {
    const entry = course.file(`${ONE}/src/index.ts`)
    const starter = readFileSync(entry, 'utf8')
    writeFileSync(
      entry,
      starter.replace(
        /(export function iter<T>\([^)]*\): Iterator<T> \{)/,
        '$1\n  while (true) {}',
      ),
    )
    const { code, stdout } = iterlings('run', '01', '--time-limit', '6')
    writeFileSync(entry, starter)
    expect(code).toBe(1)
    expect(stdout).toContain('Your code ran for more than 6 s, so the tests were stopped.')
    expect(stdout).not.toContain('watching goes on')
  })

  it('stops code that loops at the top of src/, before any test loads', () => {
    const entry = course.file(`${ONE}/src/index.ts`)
    const starter = readFileSync(entry, 'utf8')
    writeFileSync(entry, `${starter}\nwhile (true) {}\n`)
    const { code, stdout } = iterlings('run', '01', '--time-limit', '2')
    writeFileSync(entry, starter)
    expect(code).toBe(1)
    expect(stdout).toContain('The tests did not finish loading in 6 s, so they were stopped.')
  })
})

describe('watch mode without a terminal', () => {
  it('prints plain lines and reads one letter a line', async () => {
    const cli = startCli(course.root, [])
    const seen = await cli.waitFor(/✗ 0 passed, \d+ failed/)
    cli.type('h')
    await cli.waitFor(/Hints for 1\. iter/, seen)
    cli.type('n')
    const once = await cli.waitFor(/Not done yet/, seen)
    cli.type('n')
    await cli.waitFor(/Not done yet/, once)
    cli.type('q')
    expect(await cli.exited).toBe(0)
    expect(cli.output()).toContain(`0 / ${EXERCISES} exercises done`)
    expect(cli.output()).toContain('(type a letter, then Enter)')
    expect(cli.output()).not.toContain('\u001b[')
    expect(cli.output(), 'nothing a terminal would redraw').not.toContain('running again')
  })

  it('opens the exercise it is named (iterlings 02, as pnpm start 02 runs it)', async () => {
    const cli = startCli(course.root, ['02'])
    await cli.waitFor(/02-iterating-strings · Iterating strings/)
    await cli.waitFor(/✗ 0 passed, \d+ failed/)
    cli.type('q')
    expect(await cli.exited).toBe(0)
  })

  it('with --manual, reruns on Enter rather than on save', async () => {
    const cli = startCli(course.root, ['01', '--manual'])
    const seen = await cli.waitFor(/✗ 0 passed, \d+ failed/)
    writeFileSync(
      course.file(`${ONE}/src/index.ts`),
      readFileSync(course.file(`${ONE}/solution/index.ts`), 'utf8'),
    )
    await new Promise((resolve) => setTimeout(resolve, 1500))
    expect(cli.output().slice(seen), 'a save alone must not rerun in manual mode').not.toContain(
      '✓',
    )
    cli.type('')
    await cli.waitFor(/✓ \d+ passed, 0 failed/, seen)
    cli.type('q')
    expect(await cli.exited).toBe(0)
  })
})
