/**
 * The student release: what students receive installs and runs as its README says (`pnpm install`,
 * then `pnpm test` in an exercise, nothing built first), shows the starters' failures, carries the
 * Classroom workflow and each starter for reset, and holds no solution text unless asked to.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findCourseRoot, findExercise, loadCourse, readLedger } from '@iterlings/course'
import { findLeaks, release, withheldPackages } from '../src/release.ts'

const course = loadCourse(findCourseRoot(import.meta.dirname))
const SLUG = '01-iterables-and-iterators'
const exercise = findExercise(course, SLUG)

const root = mkdtempSync(path.join(tmpdir(), 'iterlings-release-'))
const out = path.join(root, 'iterlings-student')
let files: string[]

beforeAll(() => {
  files = release({ courseRoot: course.root, outDir: out })
}, 240_000)

afterAll(() => rmSync(root, { recursive: true, force: true }))

const json = (file: string) => JSON.parse(readFileSync(path.join(out, file), 'utf8'))
const student = (command: string, args: string[], cwd = out) =>
  spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  })

describe('the student release', () => {
  it('has every exercise with its starter and tests, and no solution or mistakes', () => {
    for (const { slug } of course.exercises.filter(({ dir }) => existsSync(dir))) {
      const folder = readdirSync(path.join(out, 'exercises', slug))
      expect(folder).toEqual(expect.arrayContaining(['src', 'test']))
      expect(folder).not.toContain('solution')
      expect(folder).not.toContain('mistakes')
    }
    expect(files.some((file) => /\/(solution|mistakes)\//.test(file))).toBe(false)
  })

  it('leaves out each package that says so in its package.json, and every mention of it', () => {
    const withheld = withheldPackages(course.root)
    expect(withheld.map(({ name }) => name)).toEqual(
      expect.arrayContaining([
        '@iterlings/proof',
        '@iterlings/mutation',
        '@iterlings/bench',
        '@iterlings/release',
      ]),
    )
    for (const { name, folder } of withheld) {
      expect(existsSync(path.join(out, folder)), folder).toBe(false)
      expect(readFileSync(path.join(out, 'package.json'), 'utf8')).not.toContain(`"${name}"`)
      expect(readFileSync(path.join(out, 'exercises', SLUG, 'package.json'), 'utf8')).not.toContain(
        `"${name}"`,
      )
    }
    expect(readdirSync(path.join(out, 'packages'))).toEqual(
      expect.arrayContaining(['cli', 'course', 'testing', 'grader']),
    )
  })

  it('holds no block of solution text anywhere', () => {
    expect(findLeaks(course.root, out)).toEqual([])
  })

  it('would notice a solution that slipped in', () => {
    const planted = path.join(root, 'planted')
    cpSync(out, planted, { recursive: true, filter: (source) => !source.includes('node_modules') })
    cpSync(
      path.join(exercise.dir, 'solution', 'index.ts'),
      path.join(planted, 'exercises', SLUG, 'src', 'index.ts'),
    )
    expect(findLeaks(course.root, planted)).toEqual([
      expect.stringMatching(
        new RegExp(`^exercises/${SLUG}/src/index.ts: .* from exercises/${SLUG}/solution/index.ts$`),
      ),
    ])
  })

  it('has no maintainer scripts left, and a test script for students', () => {
    const manifest = json('package.json')
    expect(Object.keys(manifest.scripts)).not.toEqual(expect.arrayContaining(['release:student']))
    expect(manifest.scripts.test).toMatch(/--filter=\.\/exercises\/\*/)
    expect(manifest.scripts.start).toContain('iterlings')
    const exerciseManifest = json(`exercises/${SLUG}/package.json`)
    expect(exerciseManifest.scripts.proof).toBeUndefined()
    expect(json('turbo.json').tasks.proof).toBeUndefined()
  })

  it('records each starter, to be committed with the release', () => {
    expect(readFileSync(path.join(out, '.iterlings', 'starters', SLUG, 'index.ts'), 'utf8')).toBe(
      readFileSync(path.join(out, 'exercises', SLUG, 'src', 'index.ts'), 'utf8'),
    )
    expect(readFileSync(path.join(out, '.gitignore'), 'utf8')).not.toContain('.iterlings/')
  })

  it('carries the GitHub Classroom workflow, which runs the same grader', () => {
    const workflow = readFileSync(path.join(out, '.github', 'workflows', 'classroom.yml'), 'utf8')
    expect(workflow).toContain('pnpm grade')
    expect(workflow).toContain('--format classroom')
    expect(workflow).toContain('classroom-resources/autograding-grading-reporter@v1')
    expect(readdirSync(path.join(out, '.github', 'workflows'))).toEqual(['classroom.yml'])
  })

  it("installs with the README's command, and pnpm test in an exercise fails on the starter", () => {
    const readme = readFileSync(path.join(out, 'README.md'), 'utf8')
    expect(readme).toContain('pnpm install')
    expect(readme).toContain(`cd exercises/${SLUG}\npnpm test`)
    execFileSync('pnpm', ['install', '--frozen-lockfile', '--prefer-offline'], {
      cwd: out,
      stdio: 'ignore',
    })
    // Nothing built but what `pnpm install` builds: the exercise's tests run all the same.
    const test = student('pnpm', ['test'], path.join(out, 'exercises', SLUG))
    expect(test.stdout + test.stderr).not.toContain('ERR_MODULE_NOT_FOUND')
    expect(test.status).not.toBe(0)
    // Every test of the starter fails: "Tests  42 failed (42)".
    expect(test.stdout).toMatch(/Tests\s+(\d+) failed \(\1\)/)
  }, 300_000)

  it('starts with pnpm start, at the first exercise, with its first failure in task order', async () => {
    const start = spawn('pnpm', ['start'], {
      cwd: out,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    })
    let output = ''
    const seen = new Promise<void>((resolve) => {
      const onData = (chunk: Buffer) => {
        output += chunk.toString()
        if (/First failure: 1\. iter › [\s\S]*Read: http/.test(output)) resolve()
      }
      start.stdout.on('data', onData)
      start.stderr.on('data', onData)
    })
    await seen
    start.stdin.write('q\n')
    await new Promise((resolve) => start.on('exit', resolve))
    expect(output).toContain(`${SLUG} · Iterables and iterators`)
    const tasks = readLedger(findExercise(course, SLUG)).length
    expect(output).toContain(`Task 1 of ${tasks}: iter`)
    expect(output).toContain('Bye for now')
  }, 300_000)

  it('resets an exercise to the shipped starter without git, and after a commit', () => {
    // The CLI as `pnpm start` (the test before) built it: building it again cost minutes in CI.
    const cli = path.join(out, 'packages', 'cli', 'bin', 'iterlings.js')
    const entry = path.join(out, 'exercises', SLUG, 'src', 'index.ts')
    const starter = readFileSync(entry, 'utf8')
    appendFileSync(entry, '\n// my attempt\n')
    let reset = student(process.execPath, [cli, 'reset', SLUG, '--yes'])
    expect(reset.stderr).toBe('')
    expect(readFileSync(entry, 'utf8'), 'no git here at all').toBe(starter)

    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=s', '-c', 'user.email=s@example.com', ...args], {
        cwd: out,
        stdio: 'ignore',
      })
    git('init', '--quiet')
    git('add', '.')
    git('commit', '--quiet', '-m', 'course')
    appendFileSync(entry, '\n// my committed attempt\n')
    git('commit', '--quiet', '-am', 'my work')
    reset = student(process.execPath, [cli, 'reset', SLUG, '--yes'])
    expect(reset.stdout).toContain(`Reset exercises/${SLUG}/src/index.ts to the starter.`)
    expect(readFileSync(entry, 'utf8'), 'the starter, not the last commit').toBe(starter)
  }, 300_000)
})

describe('a release with the solutions', () => {
  const withSolutions = path.join(root, 'with-solutions')

  it('keeps each solution, and still no mistakes', () => {
    release({
      courseRoot: course.root,
      outDir: withSolutions,
      withSolutions: true,
      lockfile: false,
    })
    const folder = readdirSync(path.join(withSolutions, 'exercises', SLUG))
    expect(folder).toContain('solution')
    expect(folder).not.toContain('mistakes')
    expect(findLeaks(course.root, withSolutions, { withSolutions: true })).toEqual([])
  })
})
