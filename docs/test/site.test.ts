/**
 * The built site in a real browser (Debian's chromium): every page loads cleanly, every link and
 * anchor resolves, search finds the protocol, "Try it" runs every example and prints what its page
 * shows, stops an endless loop while the page stays responsive, and the dark mode switch works.
 * Screenshots of the home page and a concept page land in docs/.artifacts/ for a human to look at.
 */
import { loadCourse } from '@iterlings/course'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { repository } from '../.vitepress/course.ts'
import { builtPages, chromiumPath, distDir, launchBrowser, serveSite } from '../scripts/site.mjs'

const docsDir = path.join(import.meta.dirname, '..')
const repoRoot = path.join(docsDir, '..')
const artifacts = path.join(docsDir, '.artifacts')
const course = loadCourse(repoRoot)
const firstLesson = '/part-1/iterables-and-iterators'

// A contributor without chromium still gets every other test; CI installs it (.ci/run) and fails without it.
const hasChromium = existsSync(chromiumPath) || Boolean(process.env.CI)

interface Visit {
  problems: string[]
  links: string[]
  ids: Set<string>
  text: string
  examples: string[]
}

describe.skipIf(!hasChromium)('the built site in chromium', () => {
  const pages = builtPages()
  const visits = new Map<string, Visit>()
  let site: Awaited<ReturnType<typeof serveSite>>
  let browser: Browser
  const viewport = { viewport: { width: 1280, height: 800 }, colorScheme: 'light' } as const
  const url = (page: string) => new URL(page.slice(1), site.url).href

  /**
   * A page in a fresh context (its own storage), so one test's dark mode never leaks into another.
   * Close it with its context: `await page.context().close()`.
   */
  async function open(pagePath: string, problems: string[] = []): Promise<Page> {
    const context = await browser.newContext(viewport)
    const page = await context.newPage()
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`)
    })
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`))
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`)
    })
    await page.goto(url(pagePath), { waitUntil: 'load' })
    return page
  }

  beforeAll(async () => {
    site = await serveSite()
    browser = await launchBrowser()
    mkdirSync(artifacts, { recursive: true })
    // Visit every page once, a few at a time, and keep what the tests below look at.
    const queue = [...pages]
    const visitNext = async (): Promise<void> => {
      const pagePath = queue.shift()
      if (pagePath === undefined) return
      const problems: string[] = []
      const page = await open(pagePath, problems)
      const seen = await page.evaluate(() => ({
        links: [...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href),
        ids: [...document.querySelectorAll('[id]')].map((element) => element.id),
        text: document.querySelector('.vp-doc')?.textContent ?? '',
        examples: [...document.querySelectorAll<HTMLElement>('.try-it-button')].map(
          (button) => button.dataset.example ?? '',
        ),
      }))
      visits.set(pagePath, { problems, ...seen, ids: new Set(seen.ids) })
      await page.context().close()
      return visitNext()
    }
    await Promise.all([visitNext(), visitNext()])
  }, 180_000)

  afterAll(async () => {
    await browser?.close()
    await site?.close()
  })

  it.each(pages)('%s loads without console errors or failed requests', (pagePath) => {
    expect(visits.get(pagePath)?.problems).toEqual([])
  })

  it('has no broken internal link or anchor on any page', () => {
    const broken = new Map<string, string[]>()
    for (const [from, visit] of visits) {
      for (const href of new Set(visit.links)) {
        const problem = checkLink(new URL(href))
        if (problem)
          broken.set(`${href}: ${problem}`, [...(broken.get(`${href}: ${problem}`) ?? []), from])
      }
    }
    const report = [...broken].map(([link, pages]) => `${link} (on ${pages.join(', ')})`)
    expect(report, 'links that lead nowhere').toEqual([])
  })

  /** Why a link is broken, or undefined when it resolves (other sites are not checked). */
  function checkLink(link: URL): string | undefined {
    const own = `${repository}/`
    if (link.href.startsWith(own)) {
      // e.g. …/tree/main/exercises/01-x, …/blob/main/docs/x.md, …/edit/main/docs/x.md
      const file = /^(?:tree|blob|edit)\/main\/(.*)$/.exec(link.href.slice(own.length))?.[1]
      return file === undefined || existsSync(path.join(repoRoot, decodeURIComponent(file)))
        ? undefined
        : `no ${file} in the repository`
    }
    const root = new URL(site.url)
    if (link.origin !== root.origin) return undefined
    if (!link.pathname.startsWith(root.pathname)) return `outside the site's base ${root.pathname}`
    const target = '/' + decodeURIComponent(link.pathname.slice(root.pathname.length))
    const pagePath = target.replace(/\.html$/, '').replace(/(^|\/)index$/, '$1')
    const visit = visits.get(pagePath)
    if (!visit) {
      return existsSync(path.join(distDir, target)) && !target.endsWith('/')
        ? undefined
        : 'no such page'
    }
    const anchor = decodeURIComponent(link.hash.slice(1))
    return anchor && !visit.ids.has(anchor) ? `no #${anchor} on ${pagePath}` : undefined
  }

  it('links every concept page to its exercise', () => {
    const written = course.exercises.filter((exercise) => visits.has(exercise.docs))
    expect(written.map((exercise) => exercise.docs)).toContain(firstLesson)
    for (const exercise of written) {
      const target = `${repository}/tree/main/exercises/${exercise.slug}`
      expect(visits.get(exercise.docs)?.links, `${exercise.docs} links its exercise`).toContain(
        target,
      )
    }
  })

  it('finds the pages about Symbol.iterator when searched', async () => {
    // The lessons that teach the protocol: the first one, and the one where students write
    // [Symbol.iterator]() themselves. (The search box lists at most 16 sections, so pages that only
    // mention it in passing may not all fit.)
    const teaching = [firstLesson, '/part-1/custom-iterators'].filter((page) => visits.has(page))
    for (const pagePath of teaching) expect(visits.get(pagePath)?.text).toContain('Symbol.iterator')
    const page = await open('/')
    await page.getByRole('button', { name: 'Search' }).click()
    await page.locator('#localsearch-input').fill('Symbol.iterator')
    const results = page.locator('.VPLocalSearchBox .results a')
    await results.first().waitFor()
    const sitePath = (pathname: string) => '/' + pathname.slice(new URL(site.url).pathname.length)
    const found = (
      await results.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname))
    ).map(sitePath)
    for (const pagePath of teaching) expect(found, `search finds ${pagePath}`).toContain(pagePath)
    for (const pagePath of found) expect(visits.has(pagePath), `${pagePath} exists`).toBe(true)
    await page.context().close()
  })

  it('shows the type of a TypeScript token on hover', async () => {
    const page = await open(firstLesson)
    const token = page.locator('.vp-doc .twoslash-hover', { hasText: 'iterator' }).first()
    await token.hover()
    const popup = page.locator('.v-popper__popper--shown .twoslash-popup-code')
    await popup.waitFor()
    expect(await popup.innerText()).toMatch(/const iterator: ArrayIterator<string>/)
    await page.context().close()
  })

  describe('Try it', () => {
    const examples = () =>
      [...visits].flatMap(([pagePath, visit]) =>
        visit.examples.map((example) => ({ pagePath, example })),
      )

    it('loads the runner only when a reader first asks for it', async () => {
      const scripts: string[] = []
      const page = await open('/')
      page.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.push(request.url())
      })
      await page.goto(url(firstLesson), { waitUntil: 'networkidle' })
      const beforeClick = [...scripts]
      expect(page.workers(), 'no worker before the first click').toHaveLength(0)
      await page.locator('.try-it-button').first().click()
      await page.locator('.try-it[data-state="done"]').waitFor()
      const loadedByClick = scripts.filter((script) => !beforeClick.includes(script))
      expect(loadedByClick.length, 'the click loads the runner').toBeGreaterThan(0)
      expect(page.workers().length, 'the code runs in a worker').toBeGreaterThan(0)
      await page.context().close()
    })

    it('runs every example on the site and prints exactly what its page shows', async () => {
      const all = examples()
      expect(all.length).toBeGreaterThan(0)
      for (const pagePath of new Set(all.map((entry) => entry.pagePath))) {
        const problems: string[] = []
        const page = await open(pagePath, problems)
        const onThisPage = all.filter((entry) => entry.pagePath === pagePath)
        for (const example of new Set(onThisPage.map((entry) => entry.example))) {
          // The button, and the panel that replaces it once clicked, both name their example.
          const block = page
            .locator('div[class*="language-"]', {
              has: page.locator(`[data-example="${example}"]`),
            })
            .first()
          // Blocks in a hidden code-group tab cannot be clicked by a reader; dispatch the click.
          await block.locator('.try-it-button').dispatchEvent('click')
          const panel = block.locator('.try-it')
          await block
            .locator('.try-it[data-state]:not([data-state="running"])')
            .waitFor({ state: 'attached' })
          const expected = readFileSync(
            path.join(docsDir, 'examples', example.replace(/\.ts$/, '.txt')),
            'utf8',
          )
          expect(await panel.getAttribute('data-state'), `${example} finishes`).toBe('done')
          expect(await outputOf(panel), `${example} on ${pagePath}`).toBe(expected)
        }
        expect(problems).toEqual([])
        await page.context().close()
      }
    }, 180_000)

    it('stops an endless loop with a clear message while the page stays responsive', async () => {
      const page = await open(firstLesson)
      const panel = await openFirstExample(page)
      await panel.locator('.try-it-editor').fill('let n = 0\nwhile (true) n++')
      await panel.locator('.try-it-run').click()
      expect(await panel.getAttribute('data-state')).toBe('running')
      // The loop runs in the worker: the page still answers clicks meanwhile.
      await page.locator('.VPNavBarAppearance .VPSwitchAppearance').click()
      expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(
        true,
      )
      expect(await panel.getAttribute('data-state'), 'the loop is still running').toBe('running')
      await page.locator('.try-it[data-state="timeout"]').waitFor()
      expect(await panel.locator('.try-it-output').innerText()).toMatch(
        /Stopped after 2 seconds: the code was still running\. Is there a loop that never ends/,
      )
      await panel.locator('.try-it-editor').fill("console.log('running again')")
      await panel.locator('.try-it-run').click()
      await page.locator('.try-it[data-state="done"]').waitFor()
      expect(await outputOf(panel)).toBe('running again\n')
      await page.context().close()
    })

    it('shows a runtime error with its message and line', async () => {
      const page = await open(firstLesson)
      const panel = await openFirstExample(page)
      await panel
        .locator('.try-it-editor')
        .fill('const letters = ["a"]\nconsole.log(letters.length)\nconst it: any = null\nit.next()')
      await panel.locator('.try-it-run').click()
      await page.locator('.try-it[data-state="error"]').waitFor()
      expect(await outputOf(panel)).toBe(
        "1\nTypeError: Cannot read properties of null (reading 'next') (line 4)\n",
      )
      await panel.locator('.try-it-editor').fill('const ok = 1\nconst = 2')
      await panel.locator('.try-it-run').click()
      await page.locator('.try-it[data-state="error"]').waitFor()
      expect(await panel.locator('.try-it-line.problem').innerText()).toMatch(/\(line 2\)$/)
      await page.context().close()
    })

    async function openFirstExample(page: Page) {
      await page.locator('.try-it-button').first().click()
      const panel = page.locator('.try-it').first()
      await page.locator('.try-it[data-state="done"]').waitFor()
      return panel
    }
  })

  it('switches to dark mode and remembers it', async () => {
    const page = await open('/')
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor)
    const isDark = () => page.evaluate(() => document.documentElement.classList.contains('dark'))
    expect(await isDark()).toBe(false)
    const light = await background()
    await page.locator('.VPNavBarAppearance .VPSwitchAppearance').click()
    expect(await isDark()).toBe(true)
    expect(await background(), 'the page actually changes colour').not.toBe(light)
    await page.reload({ waitUntil: 'networkidle' })
    expect(await isDark(), 'dark mode survives a reload').toBe(true)
    await page.screenshot({ path: path.join(artifacts, 'home-dark.png') })
    await page.context().close()
  })

  it('saves screenshots of the home page and a concept page', async () => {
    const page = await open('/')
    await page.screenshot({ path: path.join(artifacts, 'home.png') })
    await page.goto(url(firstLesson), { waitUntil: 'networkidle' })
    await page.screenshot({ path: path.join(artifacts, 'concept.png') })
    await page.locator('.try-it-button').first().click()
    await page.locator('.try-it[data-state="done"]').waitFor()
    const block = page.locator('div[class*="language-"]', { has: page.locator('.try-it') }).first()
    await block.scrollIntoViewIfNeeded()
    await page.screenshot({ path: path.join(artifacts, 'concept-try-it.png') })
    for (const name of ['home.png', 'concept.png', 'concept-try-it.png']) {
      expect(existsSync(path.join(artifacts, name)), name).toBe(true)
    }
    await page.context().close()
  })
})

/** What a Try-it panel printed, as a terminal would show it. */
async function outputOf(panel: ReturnType<Page['locator']>): Promise<string> {
  const lines = await panel.locator('.try-it-line').allInnerTexts()
  return lines.map((line) => `${line}\n`).join('')
}
