/**
 * The exercise panel of a concept page, in chromium against the built site: it loads only on the
 * first click, runs the exercise's own tests in a worker (the harness, as the grader does) against
 * the code in the editor, shows the count and the first failure in task order, stops an endless
 * loop with the CLI's words while the page stays responsive, and keeps the code across a reload.
 * Every other exercise's panel runs its tests too: its starter fails them, a one-file reference
 * solution passes them; an exercise whose tests need Node says so instead of offering a panel.
 */
import { AxeBuilder } from '@axe-core/playwright'
import { loadCourse } from '@iterlings/course'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { nodeModuleOfTests } from '../.vitepress/course.ts'
import { axeTags, hasChromium, hydrated, launchBrowser, serveSite } from '../scripts/site.mjs'

const course = loadCourse(path.join(import.meta.dirname, '../..'))
const exerciseDir = path.join(import.meta.dirname, '../../exercises/01-iterables-and-iterators')
const read = (file: string) => readFileSync(path.join(exerciseDir, file), 'utf8')
const solution = read('solution/index.ts')

/** The solution with its `next` function replaced, as a student would write it in one file. */
function withNext(body: string): string {
  const start = solution.indexOf('export function next')
  const end = solution.indexOf('\n}\n', start) + 3
  expect(start, 'the solution has a next function').toBeGreaterThan(0)
  return solution.slice(0, start) + body.trim() + '\n' + solution.slice(end)
}
/** A known mistake (mistakes/next-wants-done-true.ts, breaking 2.3), in one file. */
const mistake = read('mistakes/next-wants-done-true.ts')
const mistakeNext = mistake.slice(mistake.indexOf('export function next'))
const endless = `export function next<T, D = never>(iterator: Iterator<T>, ...fallback: [] | [D]): T | D {
  while (true) {}
}`

describe.skipIf(!hasChromium)('the exercise panel in chromium', () => {
  let site: Awaited<ReturnType<typeof serveSite>>
  let browser: Browser
  const problems: string[] = []
  let page: Page

  beforeAll(async () => {
    site = await serveSite()
    browser = await launchBrowser()
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
    page = await context.newPage()
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`)
    })
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`))
  })

  afterAll(async () => {
    await browser?.close()
    await site?.close()
  })

  const panel = () => page.locator('.exercise-panel')
  const editor = () => panel().locator('.cm-content')
  // CodeMirror draws only the lines in view: the first lines tell which code is in the editor.
  const starterStart = 'Exercise 01: iterables and iterators.'
  const solutionStart = '/** Exercise 01, a model answer. */'
  const kept = () =>
    page.evaluate(() => localStorage.getItem('iterlings:exercise:01-iterables-and-iterators'))
  const code = () => editor().innerText()
  async function openPanel(): Promise<void> {
    await page.locator('.exercise-open').click()
    await editor().waitFor()
  }
  /** Runs the tests with Ctrl+Enter and waits for the result. */
  async function runTests(): Promise<string> {
    await editor().press('Control+Enter')
    await page.locator('.exercise-panel[data-state]:not([data-state="running"])').waitFor()
    return (await panel().getAttribute('data-state')) ?? ''
  }

  it('loads nothing of the panel until it is opened, then shows the starter', async () => {
    const scripts: string[] = []
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url())
    })
    await page.goto(new URL('part-1/iterables-and-iterators', site.url).href, {
      waitUntil: 'networkidle',
    })
    await hydrated(page)
    const before = scripts.length
    expect(page.workers(), 'no worker before the click').toHaveLength(0)
    await openPanel()
    expect(scripts.length, 'the click loads the panel').toBeGreaterThan(before)
    expect(await code()).toContain(starterStart)
    expect(await runTests()).toBe('failed')
    expect(await panel().locator('.exercise-panel-failure').innerText()).toMatch(
      /^First failure, task 1: 1\. iter › 1\.\d/,
    )
  })

  it('passes every test on the reference solution', async () => {
    await editor().fill(solution)
    expect(await runTests()).toBe('passed')
    expect(await panel().locator('.exercise-panel-status').innerText()).toMatch(
      /^\d+ passed, 0 failed$/,
    )
    expect(await panel().locator('.exercise-panel-done').innerText()).toContain('Every test passes')
  })

  it('shows the failure of a known mistake, with its message', async () => {
    await editor().fill(withNext(mistakeNext))
    expect(await runTests()).toBe('failed')
    expect(await panel().locator('.exercise-panel-failure').innerText()).toMatch(
      /^First failure, task 2: 2\. next › 2\.3 takes a result whose done is 1 as the end$/,
    )
    expect(await panel().locator('.exercise-panel-message').innerText()).toContain(
      'done: 1 is truthy, and for...of reads done by truthiness',
    )
  })

  it('has no accessibility problems with a failure shown (axe, WCAG 2.2 AA)', async () => {
    const { violations } = await new AxeBuilder({ page })
      .include('.exercise-card')
      .withTags(axeTags)
      .analyze()
    expect(violations.map(({ id, nodes }) => `${id}: ${nodes.length}`)).toEqual([])
  })

  it("stops an endless loop with the CLI's words while the page stays responsive", async () => {
    await editor().fill(withNext(endless))
    await editor().press('Control+Enter')
    expect(await panel().getAttribute('data-state')).toBe('running')
    // The loop runs in the worker: the page still answers clicks meanwhile.
    await page.locator('.VPNavBarAppearance .VPSwitchAppearance').click()
    expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(
      true,
    )
    expect(await panel().getAttribute('data-state'), 'the loop is still running').toBe('running')
    await page.locator('.exercise-panel[data-state="stopped"]').waitFor({ timeout: 20_000 })
    expect(await panel().locator('.exercise-panel-stop').innerText()).toMatch(
      /^The test "2\. next › .+" was still running after 5 s, so it was stopped\. Is there a loop that never ends/,
    )
  })

  it('keeps the code across a reload, and resets it to the starter', async () => {
    await page.reload()
    await hydrated(page)
    await openPanel()
    expect(await code()).toContain(solutionStart)
    expect(await kept(), 'the code with the endless loop is kept').toBe(withNext(endless))
    await panel().getByRole('button', { name: 'Reset to the starter' }).click()
    expect(await code()).toContain(starterStart)
    expect(await kept()).toBe(null)
    await page.reload()
    await hydrated(page)
    await openPanel()
    expect(await code()).toContain(starterStart)
    expect(problems).toEqual([])
  })

  it.each(course.exercises)('runs the tests of $slug on its page', async ({ docs, dir }) => {
    const tab = await page.context().newPage()
    await tab.goto(new URL(docs.slice(1), site.url).href)
    await hydrated(tab)
    if (nodeModuleOfTests(dir)) {
      expect(await tab.locator('.exercise-node-only').innerText()).toMatch(
        /^This exercise runs on Node: its tests import node:\w+\. Use pnpm test\.$/,
      )
      expect(await tab.locator('.exercise-open').count()).toBe(0)
      return void (await tab.close())
    }
    const panel = tab.locator('.exercise-panel')
    const run = async () => {
      await panel.locator('.try-it-run').click()
      await tab.locator('.exercise-panel[data-state]:not([data-state="running"])').waitFor()
      return panel.getAttribute('data-state')
    }
    await tab.locator('.exercise-open').click()
    await panel.locator('.cm-content').waitFor()
    await panel.getByRole('button', { name: 'Reset to the starter' }).click()
    expect(await run(), 'the starter fails').toBe('failed')
    expect(await panel.locator('.exercise-panel-failure').innerText()).toMatch(
      /^First failure, task 1: 1\. /,
    )
    const solutionFiles = readdirSync(path.join(dir, 'solution'))
    if (solutionFiles.length === 1) {
      await panel
        .locator('.cm-content')
        .fill(readFileSync(path.join(dir, 'solution/index.ts'), 'utf8'))
      expect(await run(), await panel.locator('.exercise-panel-results').innerText()).toBe('passed')
    }
    await tab.close()
  })
})
