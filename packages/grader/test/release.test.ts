/**
 * The student release: what students receive installs and runs, shows the starters' failures,
 * carries the Classroom workflow, and holds no solution text.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findLeaks, release } from '../src/release.ts'
import { course, exercise, SLUG } from './class.ts'

const root = mkdtempSync(path.join(tmpdir(), 'iterlings-release-'))
const out = path.join(root, 'iterlings-student')
let files: string[]

beforeAll(() => {
  files = release({ courseRoot: course.root, outDir: out })
}, 240_000)

afterAll(() => rmSync(root, { recursive: true, force: true }))

const json = (file: string) => JSON.parse(readFileSync(path.join(out, file), 'utf8'))

describe('the student release', () => {
  it('has every exercise with its starter and tests, and no solution or mistakes', () => {
    for (const { slug } of course.exercises.filter(({ dir }) => existsSync(dir))) {
      const folder = readdirSync(path.join(out, 'exercises', slug))
      expect(folder).toEqual(expect.arrayContaining(['src', 'test']))
      expect(folder).not.toContain('solution')
      expect(folder).not.toContain('mistakes')
    }
    expect(files.some((file) => /\/(solution|mistakes)\//.test(file))).toBe(false)
    expect(readdirSync(path.join(out, 'packages'))).not.toEqual(expect.arrayContaining(['proof']))
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

  it('has no maintainer scripts or packages left, and a test script for students', () => {
    const manifest = json('package.json')
    expect(Object.keys(manifest.scripts)).not.toEqual(expect.arrayContaining(['release:student']))
    expect(manifest.scripts.test).toMatch(/--filter=\.\/exercises\/\*/)
    expect(JSON.stringify(manifest)).not.toMatch(/@iterlings\/(proof|mutation)/)
    const exerciseManifest = json(`exercises/${SLUG}/package.json`)
    expect(exerciseManifest.scripts.proof).toBeUndefined()
    expect(JSON.stringify(exerciseManifest)).not.toContain('@iterlings/proof')
    expect(json('turbo.json').tasks.proof).toBeUndefined()
  })

  it('carries the GitHub Classroom workflow, which runs the same grader', () => {
    const workflow = readFileSync(path.join(out, '.github', 'workflows', 'classroom.yml'), 'utf8')
    expect(workflow).toContain('pnpm grade')
    expect(workflow).toContain('--format classroom')
    expect(workflow).toContain('classroom-resources/autograding-grading-reporter@v1')
    expect(readdirSync(path.join(out, '.github', 'workflows'))).toEqual(['classroom.yml'])
  })

  it("installs with the README's command and its tests fail on the starter", () => {
    expect(readFileSync(path.join(out, 'README.md'), 'utf8')).toContain('pnpm install')
    execFileSync('pnpm', ['install', '--frozen-lockfile', '--prefer-offline'], {
      cwd: out,
      stdio: 'ignore',
    })
    const test = spawnSync('pnpm', ['turbo', 'run', 'test', `--filter=@iterlings/${SLUG}`], {
      cwd: out,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    })
    expect(test.status).not.toBe(0)
    // Every test of the starter fails: "Tests  42 failed (42)".
    expect(test.stdout).toMatch(/Tests\s+(\d+) failed \(\1\)/)
  }, 300_000)
})
