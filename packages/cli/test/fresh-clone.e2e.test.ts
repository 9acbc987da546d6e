/**
 * A new student's first minutes, from a fresh `git clone` of the course: `pnpm install`, then
 * `pnpm test` in an exercise (nothing else built first), then `pnpm start` in a terminal. The
 * clone is of this repository's HEAD: commit first to try a change here.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { REPO_ROOT, tasksOf } from './course-copy.ts'
import { Terminal } from './terminal.ts'

const ONE = path.join('exercises', '01-iterables-and-iterators')

describe('a fresh clone of the course', () => {
  const parent = mkdtempSync(path.join(os.tmpdir(), 'iterlings-clone-'))
  const clone = path.join(parent, 'iterlings')
  let terminal: Terminal | undefined

  beforeAll(() => {
    execFileSync('git', ['clone', '--quiet', REPO_ROOT, clone], { stdio: 'ignore' })
    execFileSync('pnpm', ['install', '--frozen-lockfile', '--prefer-offline'], {
      cwd: clone,
      stdio: 'ignore',
    })
  }, 600_000)

  afterAll(() => {
    terminal?.close()
    rmSync(parent, { recursive: true, force: true })
  })

  it('runs pnpm test in an exercise right after pnpm install', () => {
    const test = spawnSync('pnpm', ['test'], {
      cwd: path.join(clone, ONE),
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    })
    expect(test.stdout + test.stderr).not.toContain('ERR_MODULE_NOT_FOUND')
    expect(test.status).not.toBe(0)
    // Every test of the starter fails: "Tests  42 failed (42)".
    expect(test.stdout).toMatch(/Tests\s+(\d+) failed \(\1\)/)
  }, 300_000)

  it('records each starter at install, for reset', () => {
    expect(
      readFileSync(
        path.join(clone, '.iterlings', 'starters', '01-iterables-and-iterators', 'index.ts'),
        'utf8',
      ),
    ).toBe(readFileSync(path.join(clone, ONE, 'src', 'index.ts'), 'utf8'))
  })

  it('starts with pnpm start, at the first exercise, with the site beside it', async () => {
    terminal = new Terminal(clone, ['pnpm', 'start'])
    const screen = await terminal.waitFor(
      new RegExp(
        `Task 1 of ${tasksOf('01-iterables-and-iterators')}: iter[\\s\\S]*First failure: 1\\. iter`,
      ),
      480_000,
    )
    expect(screen).toContain('01-iterables-and-iterators · Iterables and iterators')
    await terminal.waitFor(/Read: http:\/\/localhost:\d+\/part-1\/iterables-and-iterators/, 120_000)
    terminal.press('q')
    await terminal.waitFor(/Bye for now/)
  }, 600_000)
})
