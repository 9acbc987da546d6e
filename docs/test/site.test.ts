/**
 * The built site in a real browser (Debian's chromium): every page loads cleanly (each page's
 * accessibility is checked in ./accessibility.test.ts, beside this file), no code block that
 * scrolls sideways at 1280 px, labelled output, its own description and link preview; every link
 * and anchor resolves; one choice of code tab holds everywhere and is remembered; search puts the
 * section that teaches a term first; "Try it" runs every example and prints what its page shows,
 * reports a rejected promise and a type error, stops an endless loop while the page stays
 * responsive; the keyboard reaches the editor and the type popups. Screenshots of a Part I page at
 * desktop and phone widths, light and dark, land in docs/.artifacts/ for a human to look at.
 */
import { AxeBuilder } from '@axe-core/playwright'
import { loadCourse } from '@iterlings/course'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { repository } from '../.vitepress/course.ts'
import { glossary } from '../.vitepress/glossary.ts'
import {
  axeTags,
  builtPages,
  distDir,
  hasChromium,
  hydrated,
  launchBrowser,
  serveSite,
} from '../scripts/site.mjs'

const docsDir = path.join(import.meta.dirname, '..')
const repoRoot = path.join(docsDir, '..')
const artifacts = path.join(docsDir, '.artifacts')
const course = loadCourse(repoRoot)
const firstLesson = '/part-1/iterables-and-iterators'

interface Visit {
  problems: string[]
  links: string[]
  ids: Set<string>
  text: string
  examples: string[]
  /** What the blocks of examples that cannot run in a browser say instead of Try it. */
  nodeOnly: string[]
  /** Code blocks wider than their box at 1280 px, hidden code-group tabs included. */
  wideBlocks: string[]
  description: string
  og: Record<string, string>
  outputLabels: string[]
  /** Language tags still shown as "txt": output that is not labelled as output. */
  txtTags: number
}

const partOnePage = '/part-1/for-of'

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
    await hydrated(page)
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
      const seen = await page.evaluate(() => {
        // Show every tab of every code group while measuring, then put them back.
        const hidden = [...document.querySelectorAll<HTMLElement>('.vp-code-group .blocks > div')]
        for (const block of hidden) block.style.display = 'block'
        const wideBlocks = [...document.querySelectorAll('.vp-doc div[class*="language-"] > pre')]
          .filter((pre) => pre.scrollWidth > pre.clientWidth + 1)
          .map((pre) => (pre.textContent ?? '').trim().split('\n')[0] ?? '')
        for (const block of hidden) block.style.display = ''
        const meta = (selector: string) =>
          document.head.querySelector(selector)?.getAttribute('content') ?? ''
        return {
          links: [...document.querySelectorAll('a[href]')].map(
            (a) => (a as HTMLAnchorElement).href,
          ),
          ids: [...document.querySelectorAll('[id]')].map((element) => element.id),
          text: document.querySelector('.vp-doc')?.textContent ?? '',
          examples: [...document.querySelectorAll<HTMLElement>('.try-it-button')].map(
            (button) => button.dataset.example ?? '',
          ),
          nodeOnly: [...document.querySelectorAll('.try-it-node-only')].map(
            (note) => note.textContent ?? '',
          ),
          wideBlocks,
          description: meta('meta[name="description"]'),
          og: Object.fromEntries(
            [...document.head.querySelectorAll('meta[property^="og:"]')].map((tag) => [
              tag.getAttribute('property') ?? '',
              tag.getAttribute('content') ?? '',
            ]),
          ),
          outputLabels: [...document.querySelectorAll('.vp-doc .output-block > .output-label')].map(
            (label) => label.textContent ?? '',
          ),
          txtTags: [...document.querySelectorAll('.vp-doc span.lang')].filter(
            (tag) => tag.textContent === 'txt',
          ).length,
        }
      })
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

  it('fits every code block in the text column at 1280 px, hidden tabs included', () => {
    const wide = [...visits].flatMap(([pagePath, visit]) =>
      visit.wideBlocks.map((first) => `${pagePath}: the block starting "${first}"`),
    )
    expect(wide, 'code that scrolls sideways').toEqual([])
  })

  it('labels every output as output, never as a "txt" code block', () => {
    for (const [pagePath, visit] of visits) {
      expect(visit.txtTags, `${pagePath} shows a bare "txt" tag`).toBe(0)
      for (const label of visit.outputLabels) expect(label).toMatch(/^Output( of both)?$/)
    }
    expect(visits.get(firstLesson)?.outputLabels).toContain('Output of both')
  })

  it('gives every page its own description and link preview, and lists it in the sitemap', () => {
    const sitemap = readFileSync(path.join(distDir, 'sitemap.xml'), 'utf8')
    const descriptions = new Map<string, string>()
    for (const [pagePath, visit] of visits) {
      expect(visit.description.length, `${pagePath} has a description`).toBeGreaterThan(40)
      expect(descriptions.get(visit.description), `${pagePath} repeats a description`).toBe(
        undefined,
      )
      descriptions.set(visit.description, pagePath)
      expect(visit.og['og:description']).toBe(visit.description)
      expect(visit.og['og:title'], `${pagePath} og:title`).toBeTruthy()
      expect(visit.og['og:image'], `${pagePath} og:image`).toMatch(/^https:\/\/.+\/og\.jpg$/)
      const url = visit.og['og:url'] ?? ''
      expect(sitemap, `the sitemap lists ${pagePath}`).toContain(`<loc>${url}</loc>`)
    }
  })

  it('answers a mistyped address with a 404 that suggests the page meant', async () => {
    const problems: string[] = []
    const page = await open('/part-1/for-off', problems)
    expect(await page.locator('h1').innerText()).toBe('This page is not here')
    const suggestion = page.getByRole('link', { name: '03 · Looping with for...of' }).first()
    expect(await page.locator('text=Did you mean').innerText()).toContain('Looping with for...of')
    await suggestion.click()
    await page.waitForURL(/\/part-1\/for-of$/)
    // The page's own 404 is expected; nothing else may fail.
    expect(problems.filter((problem) => !/\b404\b/.test(problem))).toEqual([])
    await page.context().close()
  })

  it('ends every concept page with its exercise: the CLI, plain pnpm test, the tasks', async () => {
    for (const exercise of course.exercises.filter((exercise) => visits.has(exercise.docs))) {
      const text = visits.get(exercise.docs)?.text ?? ''
      expect(text, exercise.docs).toContain(`pnpm start watch ${exercise.slug}`)
      expect(text, exercise.docs).toContain(`cd exercises/${exercise.slug}`)
    }
  })

  describe.each(['light', 'dark'] as const)('accessibility in %s mode', (colorScheme) => {
    it('has none in an open Try it panel, with output and a type error', async () => {
      const context = await browser.newContext({ ...viewport, colorScheme })
      const page = await context.newPage()
      await page.goto(url(firstLesson), { waitUntil: 'networkidle' })
      const panel = await openFirstExample(page)
      await panel.locator('.cm-content').fill("const n: number = 'x'\nconsole.log(n)")
      await panel.locator('.try-it-run').click()
      await page.locator('.try-it[data-types="errors"]').waitFor({ timeout: 60_000 })
      const { violations } = await new AxeBuilder({ page })
        .include('.try-it')
        .withTags(axeTags)
        .analyze()
      expect(
        violations.map((violation) => `${violation.id}: ${violation.nodes[0]?.target}`),
      ).toEqual([])
      await context.close()
    }, 120_000)
  })

  it('keeps one choice of code tab on every group of every page, and remembers it', async () => {
    const page = await open(firstLesson)
    const activeTitles = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('.vp-code-group')].map((group) => {
          const blocks = [...group.querySelectorAll(':scope > .blocks > div')]
          const index = blocks.findIndex((block) => block.classList.contains('active'))
          return group.querySelectorAll<HTMLElement>(':scope > .tabs > label')[index]?.dataset.title
        }),
      )
    const first = await activeTitles()
    expect(first.length).toBeGreaterThan(1)
    expect(new Set(first), 'TypeScript first').toEqual(new Set(['TypeScript']))
    await page.locator('.vp-code-group .tabs label', { hasText: 'Python' }).first().click()
    expect(new Set(await activeTitles()), 'one click switches every group').toEqual(
      new Set(['Python']),
    )
    await page.goto(url(partOnePage), { waitUntil: 'networkidle' })
    await hydrated(page)
    expect(new Set(await activeTitles()), 'another page remembers it').toEqual(new Set(['Python']))
    await page.locator('.vp-code-group .tabs label', { hasText: 'TypeScript' }).last().click()
    await page.reload({ waitUntil: 'networkidle' })
    await hydrated(page)
    expect(new Set(await activeTitles())).toEqual(new Set(['TypeScript']))
    await page.context().close()
  }, 120_000)

  it('ranks first, for each term of the glossary, the section that teaches it', async () => {
    const page = await open('/')
    await page.getByRole('button', { name: 'Search' }).click()
    const input = page.locator('#localsearch-input')
    const wrong: string[] = []
    for (const [term, section] of Object.entries(glossary)) {
      // Empty the box and wait for the list to go, so the next list is this term's, not the last.
      await input.fill('')
      await page.locator('.VPLocalSearchBox .results a').first().waitFor({ state: 'detached' })
      await input.fill(term)
      const first = page.locator('.VPLocalSearchBox .results a').first()
      await first.waitFor()
      const href = new URL((await first.getAttribute('href')) ?? '', site.url)
      const found = '/' + href.pathname.slice(new URL(site.url).pathname.length) + href.hash
      if (found !== section) wrong.push(`"${term}" finds ${found} first, not ${section}`)
    }
    expect(wrong).toEqual([])
    await page.context().close()
  }, 180_000)

  it('shows a type popup to the keyboard: Tab to a block, arrows between names', async () => {
    const page = await open(firstLesson)
    const pre = page.locator('pre.twoslash').first()
    await pre.focus()
    await page.keyboard.press('ArrowRight')
    const focused = await page.evaluate(() => document.activeElement?.className ?? '')
    expect(focused).toContain('twoslash-hover')
    await page.locator('.v-popper__popper--shown .twoslash-popup-code').waitFor()
    await page.keyboard.press('Escape')
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('PRE')
    await page.context().close()
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

    it('offers no Try it for an example that needs Node, and says why', () => {
      const streams = visits.get('/part-3/streams-and-events')
      expect(streams?.examples).toEqual(['14-streams-and-events/web-stream.ts'])
      expect(streams?.nodeOnly).toEqual(
        ['stream', 'readline', 'events', 'timers/promises', 'stream'].map(
          (module) => `Node.js only: it imports node:${module}`,
        ),
      )
    })

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
      await panel.locator('.try-it-editor .cm-content').fill('let n = 0\nwhile (true) n++')
      await panel.locator('.try-it-run').click()
      // The loop runs in the worker: the page still answers a click meanwhile. Clicked and read
      // inside the page, which a loop on its own thread would hold until the time limit: round
      // trips from the test, one per step, could outlast the 2 s on a loaded machine.
      const during = await page.evaluate(async () => {
        const state = () => document.querySelector('.try-it')?.getAttribute('data-state')
        const before = state()
        document.querySelector<HTMLElement>('.VPNavBarAppearance .VPSwitchAppearance')?.click()
        // The switch applies the theme after the next rendered frame.
        await new Promise((frame) => requestAnimationFrame(() => setTimeout(frame)))
        return { before, dark: document.documentElement.classList.contains('dark'), after: state() }
      })
      expect(during).toEqual({ before: 'running', dark: true, after: 'running' })
      await page.locator('.try-it[data-state="timeout"]').waitFor()
      expect(await panel.locator('.try-it-output').innerText()).toMatch(
        /Stopped after 2 seconds: the code was still running\. Is there a loop that never ends/,
      )
      await panel.locator('.try-it-editor .cm-content').fill("console.log('running again')")
      await panel.locator('.try-it-run').click()
      await page.locator('.try-it[data-state="done"]').waitFor()
      expect(await outputOf(panel)).toBe('running again\n')
      await page.context().close()
    })

    it('shows a runtime error with its message and line', async () => {
      const page = await open(firstLesson)
      const panel = await openFirstExample(page)
      await panel
        .locator('.try-it-editor .cm-content')
        .fill('const letters = ["a"]\nconsole.log(letters.length)\nconst it: any = null\nit.next()')
      await panel.locator('.try-it-run').click()
      await page.locator('.try-it[data-state="error"]').waitFor()
      expect(await outputOf(panel)).toBe(
        "1\nTypeError: Cannot read properties of null (reading 'next') (line 4)\n",
      )
      await panel.locator('.try-it-editor .cm-content').fill('const ok = 1\nconst = 2')
      await panel.locator('.try-it-run').click()
      await page.locator('.try-it[data-state="error"]').waitFor()
      expect(await panel.locator('.try-it-line.problem').innerText()).toMatch(/\(line 2\)$/)
      await page.context().close()
    })

    it('reports a promise rejection nothing handled as Node does: the error, exit code 1', async () => {
      const page = await open(firstLesson)
      const panel = await openFirstExample(page)
      const editor = panel.locator('.try-it-editor .cm-content')
      for (const code of [
        "console.log('before')\nPromise.reject(new Error('boom'))",
        "async function main() {\n  throw new Error('boom')\n}\nconsole.log('before')\nmain()",
      ]) {
        await editor.fill(code)
        await panel.locator('.try-it-run').click()
        await page.locator('.try-it[data-state="error"]').waitFor()
        expect(await outputOf(panel)).toMatch(
          /^before\nError: boom \(line \d\)\nA promise was rejected and nothing handled it: Node stops the program here, with exit code 1\.\n$/,
        )
        expect(await panel.locator('.try-it-status').innerText()).toBe('Exit code 1')
      }
      await page.context().close()
    })

    it('shows TypeScript errors with their line, and still runs the code as Node would', async () => {
      const page = await open(firstLesson)
      const panel = await openFirstExample(page)
      await panel
        .locator('.try-it-editor .cm-content')
        .fill("const n: number = 'x'\nconsole.log(n)")
      await panel.locator('.try-it-run').click()
      await page.locator('.try-it[data-types="errors"]').waitFor({ timeout: 60_000 })
      expect(await outputOf(panel)).toBe('x\n')
      expect(await panel.locator('.try-it-type-error').allInnerTexts()).toEqual([
        "line 1:7  Type 'string' is not assignable to type 'number'. (TS2322)",
      ])
      await panel.locator('.try-it-editor .cm-content').fill('const n: number = 1\nconsole.log(n)')
      await panel.locator('.try-it-run').click()
      await page.locator('.try-it[data-types="ok"]').waitFor({ timeout: 60_000 })
      expect(await panel.locator('.try-it-type-error').count()).toBe(0)
      await page.context().close()
    })

    it('puts the keyboard in the editor when a reader opens Try it from the keyboard', async () => {
      const page = await open(firstLesson)
      await page.locator('.try-it-button').first().focus()
      await page.keyboard.press('Enter')
      await page.locator('.try-it[data-state="done"]').waitFor()
      await page.locator('.try-it .cm-content:focus').waitFor()
      expect(await page.locator('.try-it .cm-lineNumbers').count(), 'line numbers').toBe(1)
      await page.context().close()
    })
  })

  async function openFirstExample(page: Page) {
    await page.locator('.try-it-button').first().click()
    const panel = page.locator('.try-it').first()
    await page.locator('.try-it[data-state="done"]').waitFor()
    return panel
  }

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

  it('saves screenshots: home, Try it, and a Part I page at desktop and phone, light and dark', async () => {
    const page = await open('/')
    await page.screenshot({ path: path.join(artifacts, 'home.png') })
    await page.goto(url(firstLesson), { waitUntil: 'networkidle' })
    await page.locator('.try-it-button').first().click()
    await page.locator('.try-it[data-state="done"]').waitFor()
    await page.locator('.try-it').first().scrollIntoViewIfNeeded()
    await page.screenshot({ path: path.join(artifacts, 'concept-try-it.png') })
    await page.context().close()
    const names: string[] = []
    for (const [width, height] of [
      [1280, 800],
      [390, 844],
    ] as const) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await browser.newContext({ viewport: { width, height }, colorScheme })
        const shot = await context.newPage()
        await shot.goto(url(partOnePage), { waitUntil: 'networkidle' })
        // The first code group and its labelled output: TypeScript first.
        await shot.evaluate(() => {
          document.querySelector('.vp-code-group')?.scrollIntoView({ block: 'start' })
          window.scrollBy(0, -120)
        })
        const name = `part-1-${width}-${colorScheme}.png`
        await shot.screenshot({ path: path.join(artifacts, name) })
        names.push(name)
        await context.close()
      }
    }
    for (const name of ['home.png', 'concept-try-it.png', ...names]) {
      expect(existsSync(path.join(artifacts, name)), name).toBe(true)
    }
  })
})

/** What a Try-it panel printed, as a terminal would show it. */
async function outputOf(panel: ReturnType<Page['locator']>): Promise<string> {
  const lines = await panel.locator('.try-it-line').allInnerTexts()
  return lines.map((line) => `${line}\n`).join('')
}
