/**
 * The exercise panel of a concept page, in chromium against the built site: it loads only on the
 * first click, runs the exercise's own tests in a worker (the harness, as the grader does) against
 * the code in the editor, shows the count, each task's tests and the first failure in task order,
 * then the first type error; gives hints one at a time for the failing task; stops an endless
 * loop with the CLI's words while the page stays responsive; downloads the code and loads a file
 * back; and keeps the code, the hints seen and the exercise's done (marked in the sidebar) across
 * a reload. Every other exercise's panel runs its tests too: its starter fails them, its reference
 * solution passes them and type-checks; an exercise whose tests need Node says so instead.
 */
import { AxeBuilder } from '@axe-core/playwright'
import { loadCourse, readHints } from '@iterlings/course'
import { targetInOneFile } from '@iterlings/harness/exercise'
import { keepVerdicts, type BrowserRun } from '@iterlings/run'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { isBuiltin } from 'node:module'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { nodeModuleOfTests } from '../.vitepress/course.ts'
import { isPanelNodeModule } from '../.vitepress/theme/exercise/node/modules.ts'
import { axeTags, hasChromium, hydrated, launchBrowser, serveSite } from '../scripts/site.mjs'
import { runInPanelWorker, watchPanelWorker } from './panel-worker.ts'

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
/** The reference solution with a type error that no test sees. */
const mistyped = `${solution}export const wrong: number = 'not a number'\n`
const hintsOfNext = readHints({ dir: exerciseDir }).find(({ task }) => task === '2. next')
/** A hint as the page shows it: its markdown's backticks are code elements there. */
const shownHint = (hint: string | undefined) => (hint ?? '').replaceAll('`', '')
/** Exercise 09's reference solution in one file: its protocol.ts where index.ts imports it. */
function inOneFile(dir: string): string {
  const index = readFileSync(path.join(dir, 'solution/index.ts'), 'utf8')
  const protocol = readFileSync(path.join(dir, 'solution/protocol.ts'), 'utf8')
  const imports = /^import \{[^}]*\} from '\.\/protocol\.ts'\n/m
  expect(index, "09's index.ts imports protocol.ts").toMatch(imports)
  return index.replace(imports, protocol.replace(/^export /gm, '') + '\n')
}
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

  // Every target's verdicts in the panel's worker, by exercise: the proof's summary holds them to
  // vitest's (packages/proof/src/browser.ts), as its browser column.
  const browserVerdicts: Record<string, BrowserRun> = {}

  afterAll(async () => {
    await browser?.close()
    await site?.close()
    const artifacts = path.join(import.meta.dirname, '../.artifacts')
    const file = path.join(artifacts, 'browser-verdicts.json')
    mkdirSync(artifacts, { recursive: true })
    // The exercises this run reached replace their verdicts; a run filtered with -t (one
    // exercise's, see CONTRIBUTING.md) keeps the others'.
    const kept = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {}
    writeFileSync(file, JSON.stringify({ ...kept, ...browserVerdicts }) + '\n')
  })

  const panel = () => page.locator('.exercise-panel')
  const editor = () => panel().locator('.cm-content')
  // CodeMirror draws only the lines in view: the first lines tell which code is in the editor.
  const starterStart = 'Exercise 01: iterables and iterators.'
  const solutionStart = '/** Exercise 01, a model answer. */'
  const kept = (kind = 'exercise') =>
    page.evaluate(
      (kind) => localStorage.getItem(`iterlings:${kind}:01-iterables-and-iterators`),
      kind,
    )
  const sidebarLink = (docs: string) => page.locator(`.VPSidebar a[href$="${docs}"]`)
  const firstPage = '/part-1/iterables-and-iterators'
  /** Waits until TypeScript has had its say on the last run, and tells what it said. */
  async function typesChecked(): Promise<string> {
    await page.locator('.exercise-panel[data-types]:not([data-types="checking"])').waitFor()
    return (await panel().getAttribute('data-types')) ?? ''
  }
  const hintButton = () => panel().locator('.exercise-hint-button')
  const shownHints = () => panel().locator('.exercise-hint').allInnerTexts()
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

  it('passes every test on the reference solution, task by task, and marks it done', async () => {
    expect(await sidebarLink(firstPage).getAttribute('data-exercise-done')).toBe(null)
    await editor().fill(solution)
    expect(await runTests()).toBe('passed')
    expect(await panel().locator('.exercise-panel-status').innerText()).toMatch(
      /^\d+ passed, 0 failed$/,
    )
    expect(await panel().locator('.exercise-panel-done').innerText()).toContain('Every test passes')
    const tasks = await panel().locator('.exercise-task').allInnerTexts()
    expect(tasks.length, 'one line for each of the README tasks').toBeGreaterThanOrEqual(4)
    expect(tasks[0]).toMatch(/^✓\s*1\. iter\s*\d+ passed, 0 failed$/)
    expect(await panel().locator('.exercise-task[data-state="failed"]').count()).toBe(0)
    // Done as the CLI says it: the tests pass and TypeScript finds nothing.
    expect(await typesChecked(), await panel().innerText()).toBe('ok')
    expect(await panel().locator('.exercise-panel-done').innerText()).toBe(
      'Every test passes and the types check: the exercise is done.',
    )
    expect(await kept('done')).toBe('yes')
    expect(await sidebarLink(firstPage).getAttribute('data-exercise-done')).toBe('')
  })

  it('marks the done exercise in the sidebar of every page, after a reload too', async () => {
    await page.goto(new URL('part-1/for-of', site.url).href)
    await hydrated(page)
    expect(await sidebarLink(firstPage).getAttribute('data-exercise-done')).toBe('')
    expect(await sidebarLink('/part-1/for-of').getAttribute('data-exercise-done')).toBe(null)
    const mark = await sidebarLink(firstPage)
      .locator('.text')
      .evaluate((text) => getComputedStyle(text, '::after').content)
    expect(mark, 'a check, read out as done').toContain('✓')
    await page.goto(new URL(firstPage.slice(1), site.url).href)
    await hydrated(page)
    await openPanel()
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
    expect(await panel().locator('.exercise-task[data-state="failed"]').allInnerTexts()).toEqual([
      expect.stringMatching(/^✗\s*2\. next\s*\d+ passed, [1-9]\d* failed$/),
    ])
    // Not done any more: as in the CLI, done is what the last run says.
    expect(await kept('done')).toBe(null)
    expect(await sidebarLink(firstPage).getAttribute('data-exercise-done')).toBe(null)
  })

  it('gives the hints of the failing task one at a time, from the keyboard', async () => {
    expect(hintsOfNext?.hints.length, 'hints.md has hints for 2. next').toBeGreaterThan(1)
    expect(await shownHints()).toEqual([])
    await hintButton().press('Enter')
    expect(await shownHints()).toEqual([shownHint(hintsOfNext?.hints[0])])
    expect(await panel().locator('.exercise-hint-title').innerText()).toBe(
      `Hints for 2. next (1 of ${hintsOfNext?.hints.length}):`,
    )
    expect(
      await page.evaluate(() => document.activeElement?.className),
      'the focus is on the new hint',
    ).toBe('exercise-hint')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    expect(await shownHints()).toEqual(hintsOfNext?.hints.slice(0, 2).map(shownHint))
    expect(JSON.parse((await kept('hints')) ?? '{}')).toEqual({ '2. next': 2 })
  })

  it('has no accessibility problems with a failure shown (axe, WCAG 2.2 AA)', async () => {
    const { violations } = await new AxeBuilder({ page })
      .include('.exercise-card')
      .withTags(axeTags)
      .analyze()
    expect(violations.map(({ id, nodes }) => `${id}: ${nodes.length}`)).toEqual([])
  }, 120_000) // axe walks the whole card: over the default 30 s on a busy machine

  it('shows the first type error after the tests, with its line, as the CLI does', async () => {
    await editor().fill(mistyped)
    expect(await runTests()).toBe('passed')
    expect(await typesChecked()).toBe('errors')
    const line = mistyped.split('\n').findIndex((text) => text.startsWith('export const wrong')) + 1
    expect(await panel().locator('.exercise-panel-type-title').innerText()).toBe('Type error:')
    expect(await panel().locator('.exercise-panel-message').innerText()).toBe(
      `src/index.ts:${line}:14: Type 'string' is not assignable to type 'number'. (TS2322)`,
    )
    expect(await panel().locator('.exercise-panel-done').innerText()).toBe(
      'Every test passes: the type error below is what is left.',
    )
    expect(await kept('done'), 'a type error is not done').toBe(null)
    expect(await panel().locator('.cm-lintRange-error').count(), 'underlined').toBe(1)
  })

  it('has no accessibility problems in dark mode either, a hint shown', async () => {
    await editor().fill(withNext(mistakeNext))
    await runTests()
    expect(await shownHints()).toHaveLength(2)
    // The theme follows the system's scheme until a reader picks one (the next test does).
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.locator('html.dark').waitFor({ state: 'attached' })
    const { violations } = await new AxeBuilder({ page })
      .include('.exercise-card')
      .withTags(axeTags)
      .analyze()
    await page.emulateMedia({ colorScheme: 'light' })
    await page.locator('html:not(.dark)').waitFor({ state: 'attached' })
    expect(violations.map(({ id, nodes }) => `${id}: ${nodes.length}`)).toEqual([])
  }, 120_000)

  it('downloads the code as src/index.ts and loads a file back', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel().getByRole('button', { name: 'Download src/index.ts' }).click(),
    ])
    expect(download.suggestedFilename()).toBe('index.ts')
    expect(readFileSync(await download.path(), 'utf8')).toBe(withNext(mistakeNext))
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      panel().getByRole('button', { name: 'Load a file' }).click(),
    ])
    await chooser.setFiles({
      name: 'index.ts',
      mimeType: 'text/plain',
      buffer: Buffer.from(solution),
    })
    await page.waitForFunction(
      (start) =>
        document.querySelector('.exercise-panel .cm-content')?.textContent?.includes(start),
      solutionStart,
    )
    expect(await kept(), 'the loaded file is kept as the code').toBe(solution)
    expect(await panel().locator('.exercise-panel-status').innerText()).toBe(
      'Loaded index.ts: run the tests.',
    )
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

  it('keeps the code and the hints seen across a reload, and resets it to the starter', async () => {
    await page.reload()
    await hydrated(page)
    await openPanel()
    expect(await code()).toContain(solutionStart)
    expect(await kept(), 'the code with the endless loop is kept').toBe(withNext(endless))
    await editor().fill(withNext(mistakeNext))
    expect(await runTests()).toBe('failed')
    expect(await shownHints(), 'the two hints seen, without asking again').toEqual(
      hintsOfNext?.hints.slice(0, 2).map(shownHint),
    )
    await panel().getByRole('button', { name: 'Reset to the starter' }).click()
    expect(await code()).toContain(starterStart)
    expect(await kept()).toBe(null)
    await page.reload()
    await hydrated(page)
    await openPanel()
    expect(await code()).toContain(starterStart)
    expect(problems).toEqual([])
  })

  it.each(course.exercises)(
    'runs the tests of $slug on its page, then every target of its proof in the same worker',
    async ({ slug, docs, dir }) => {
      const tab = await page.context().newPage()
      await tab.addInitScript(watchPanelWorker)
      await tab.goto(new URL(docs.slice(1), site.url).href)
      await hydrated(tab)
      const nodeOnly = nodeModuleOfTests(dir)
      if (nodeOnly) {
        browserVerdicts[slug] = { nodeOnly }
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
      const editor = panel.locator('.cm-content')
      if (solutionFiles.length > 1) {
        // The panel has src/index.ts only, as src/ does: a second file gets words that say so.
        expect(solutionFiles).toEqual(['index.ts', 'protocol.ts'])
        await editor.fill(readFileSync(path.join(dir, 'solution/index.ts'), 'utf8'))
        expect(await run()).toBe('failed')
        expect(await panel.locator('.exercise-panel-message').innerText()).toMatch(
          /^src\/index\.ts imports \.\/protocol\.ts, and this panel has one file: src\/index\.ts\. Put that code in src\/index\.ts here/,
        )
      }
      await editor.fill(
        solutionFiles.length > 1
          ? inOneFile(dir)
          : readFileSync(path.join(dir, 'solution/index.ts'), 'utf8'),
      )
      expect(await run(), await panel.locator('.exercise-panel-results').innerText()).toBe('passed')
      await tab.locator('.exercise-panel[data-types]:not([data-types="checking"])').waitFor()
      expect(
        await panel.getAttribute('data-types'),
        `the reference solution type-checks: ${await panel.locator('.exercise-panel-results').innerText()}`,
      ).toBe('ok')
      const targets = [
        'solution',
        'src',
        ...readdirSync(path.join(dir, 'mistakes'))
          .filter((file) => file.endsWith('.ts'))
          .sort()
          .map((file) => `mistakes/${file}`),
      ]
      // A target that imports a Node module the panel does not have (node:path, say) cannot run
      // in a browser, as a student's code importing one cannot: the column counts it apart.
      const files = await Promise.all(targets.map((target) => targetInOneFile(dir, target)))
      const needNode: Record<string, string> = {}
      const inBrowser = targets.filter((target, index) => {
        const nodeModule = files[index]?.imports.find(
          (specifier) => isBuiltin(specifier) && !isPanelNodeModule(specifier),
        )
        if (nodeModule) needNode[target] = nodeModule
        return !nodeModule
      })
      const runs = await runInPanelWorker(
        tab,
        files.filter((_, index) => !needNode[targets[index] as string]).map(({ code }) => code),
      )
      browserVerdicts[slug] = {
        needNode,
        ...keepVerdicts(runs.map((run, index) => ({ ...run, target: inBrowser[index] as string }))),
      }
      await tab.close()
    },
    300_000, // two runs and a first type check in the panel, then up to 112 targets
  )
})
