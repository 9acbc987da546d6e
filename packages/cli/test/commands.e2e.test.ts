/** The subcommands and watch mode without a terminal (a pipe, CI): plain lines, no colours. */
import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startCli } from './cli-process.ts'
import { CLI, copyCourse, type CourseCopy } from './course-copy.ts'

const ONE = 'exercises/01-iterables-and-iterators'

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
    expect(stdout).toMatch(/01-iterables-and-iterators: ✗ 0 passed, \d+ failed/)
    expect(stdout).toContain('First failure: 1. iter › ')
    expect(stdout, 'no colours in a pipe').not.toContain('\u001b[')
  })

  it('list shows each exercise, including those not here yet', () => {
    const { code, stdout } = iterlings('list')
    expect(code).toBe(0)
    expect(stdout).toMatch(/✗ 01-iterables-and-iterators\s+0 \/ \d+ tests pass/)
    expect(stdout).toMatch(/· 11-capstone\s+not in this copy of the course yet/)
    expect(stdout).toContain('0 / 11 exercises done')
  })

  it('hint shows one more hint each time', () => {
    expect(iterlings('hint', '01').stdout).toContain('Hints for 1. iter (1 of')
    expect(iterlings('hint', '01').stdout).toContain('Hints for 1. iter (2 of')
  })

  it('verify runs the exercises in order and stops at the first that fails', () => {
    writeFileSync(
      course.file(`${ONE}/src/index.ts`),
      readFileSync(course.file(`${ONE}/solution/index.ts`), 'utf8'),
    )
    const { code, stdout } = iterlings('verify')
    expect(code).toBe(1)
    expect(stdout).toMatch(/✓ 01-iterables-and-iterators: \d+ tests pass/)
    expect(stdout).toContain('✗ 02-iterating-strings')
    expect(stdout).not.toContain('03-for-of')
  })

  it('hint on a finished exercise says it is done, with no hint for a task that passes', () => {
    const { code, stdout } = iterlings('hint', '01')
    expect(code).toBe(0)
    expect(stdout).toContain('01-iterables-and-iterators is done: every test passes.')
    expect(stdout).not.toContain('Hints for')
  })

  it('reset --yes puts the starter back', () => {
    const { code, stdout } = iterlings('reset', '01', '--yes')
    expect(code).toBe(0)
    expect(stdout).toContain(`Reset ${ONE}/src/index.ts to the starter.`)
    const head = spawnSync('git', ['show', `HEAD:${ONE}/src/index.ts`], {
      cwd: course.root,
      encoding: 'utf8',
    }).stdout
    expect(readFileSync(course.file(`${ONE}/src/index.ts`), 'utf8')).toBe(head)
  })
})

describe('watch mode without a terminal', () => {
  it('prints plain lines and reads one letter a line', async () => {
    const cli = startCli(course.root, [])
    const seen = await cli.waitFor(/✗ 0 passed, \d+ failed/)
    cli.type('h')
    await cli.waitFor(/Hints for 1\. iter/, seen)
    cli.type('q')
    expect(await cli.exited).toBe(0)
    expect(cli.output()).toContain('0 / 11 exercises done')
    expect(cli.output()).not.toContain('\u001b[')
  })

  it('with --manual, reruns on Enter rather than on save', async () => {
    const cli = startCli(course.root, ['--manual'])
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
