// @ts-check
/* global document, MutationObserver, HTMLElement */
/**
 * Measures the site's budgets in chromium against the built site, prints them, and exits 1 when one
 * is missed:
 * - first-load JavaScript of the home page and every concept page: at most 150 KB gzipped;
 * - what a concept page fetches ahead once idle, at desktop width (the next pages' chunks): at most
 *   150 KB gzipped more;
 * - "Try it" on the seed's MyNumbers example (or, until a page has one, the first lesson's first
 *   example): output within 1 s of the first click on a cold page, and within 100 ms on later runs.
 * - the exercise panel of the first lesson and of the last: what opening it and running its tests
 *   loads (the panel, the editor, the exercise's tests, the worker with the harness, and the
 *   panel's Node modules where the tests import them), at most 250 KB gzipped; and, in a row of its
 *   own, what its type check loads after that first run's results are shown (the type-checking
 *   worker, TypeScript, its lib files, the exercise's declarations), at most 1600 KB gzipped.
 * Timings are medians (3 cold pages, 10 later runs) so one slow moment of a shared machine does not decide.
 * With --json (for `pnpm bench`) the table goes to stderr and stdout's last line is the rows as JSON.
 */
import { readFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'
import { loadCourse } from '@iterlings/course'
import { builtPages, distDir, launchBrowser, serveSite } from './site.mjs'

const { values: options } = parseArgs({ options: { json: { type: 'boolean', default: false } } })
const budgets = {
  firstLoadKb: 150,
  prefetchKb: 150,
  firstRunMs: 1000,
  laterRunMs: 100,
  exercisePanelKb: 250,
  exerciseTypesKb: 1600,
}
const docsDir = fileURLToPath(new URL('..', import.meta.url))
const course = loadCourse(path.join(docsDir, '..'))
const pages = builtPages()
const conceptPages = course.exercises
  .map((exercise) => exercise.docs)
  .filter((docs) => pages.includes(docs))
const timed = exampleToTime()

const site = await serveSite()
const browser = await launchBrowser()
const url = (/** @type {string} */ page) => new URL(page.slice(1), site.url).href
const median = (/** @type {number[]} */ values) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN
const rows = /** @type {Array<[string, string, string, boolean]>} */ ([])
/** The same figures as numbers, for --json. */
const figures = {
  firstLoadKb: /** @type {Map<string, number>} */ (new Map()),
  prefetchKb: /** @type {Map<string, number>} */ (new Map()),
  first: 0,
  later: 0,
  exercisePanelKb: 0,
  exerciseTypesKb: 0,
}
const load = loadavg().map((value) => value.toFixed(2))

try {
  for (const page of ['/', ...conceptPages]) {
    const { firstLoad, prefetched } = await pageJs(page)
    const kb = firstLoad / 1024
    figures.firstLoadKb.set(page, kb)
    rows.push([
      `first-load JS, gzipped: ${page}`,
      `${kb.toFixed(1)} KB`,
      `${budgets.firstLoadKb} KB`,
      kb <= budgets.firstLoadKb,
    ])
    if (page === '/') continue
    const ahead = prefetched / 1024
    figures.prefetchKb.set(page, ahead)
    rows.push([
      `prefetched once idle, gzipped: ${page}`,
      `${ahead.toFixed(1)} KB`,
      `${budgets.prefetchKb} KB`,
      ahead <= budgets.prefetchKb,
    ])
  }

  const { example, page } = timed
  const firstRuns = []
  const laterRuns = /** @type {number[]} */ ([])
  for (let round = 0; round < 3; round++) {
    const context = await browser.newContext()
    const tab = await context.newPage()
    await tab.goto(url(page), { waitUntil: 'networkidle' })
    firstRuns.push(await tab.evaluate(timeRun, { example, control: '.try-it-button' }))
    if (round === 0) {
      for (let run = 0; run < 10; run++) {
        laterRuns.push(await tab.evaluate(timeRun, { example, control: '.try-it-run' }))
      }
    }
    await context.close()
  }
  const first = median(firstRuns)
  const later = median(laterRuns)
  Object.assign(figures, { first, later })
  const name = `Try it, ${example} on ${page}`
  rows.push([
    `${name}: first click, cold page`,
    `${Math.round(first)} ms`,
    `${budgets.firstRunMs} ms`,
    first <= budgets.firstRunMs,
  ])
  rows.push([
    `${name}: later runs (max ${Math.round(Math.max(...laterRuns))} ms)`,
    `${Math.round(later)} ms`,
    `${budgets.laterRunMs} ms`,
    later <= budgets.laterRunMs,
  ])

  // The first lesson's panel (the figures kept for pnpm bench), and the last lesson's, whose tests
  // also load the panel's Node modules (theme/exercise/node/).
  for (const page of new Set([conceptPages[0] ?? '/', conceptPages.at(-1) ?? '/'])) {
    const panel = await exercisePanelJs(page)
    const panelKb = panel.run / 1024
    const typesKb = panel.types / 1024
    if (page === conceptPages[0])
      Object.assign(figures, { exercisePanelKb: panelKb, exerciseTypesKb: typesKb })
    rows.push([
      `exercise panel, opened and run, gzipped: ${page}`,
      `${panelKb.toFixed(1)} KB`,
      `${budgets.exercisePanelKb} KB`,
      panelKb <= budgets.exercisePanelKb,
    ])
    rows.push([
      `exercise panel's type check, after the run, gzipped: ${page}`,
      `${typesKb.toFixed(1)} KB`,
      `${budgets.exerciseTypesKb} KB`,
      typesKb <= budgets.exerciseTypesKb,
    ])
  }
} finally {
  await browser.close()
  await site.close()
}

const print = options.json ? console.error : console.log
const width = Math.max(...rows.map(([what]) => what.length))
print(`Budgets of the docs site (docs/scripts/measure.mjs), load average ${load.join(' ')}`)
for (const [what, measured, budget, ok] of rows) {
  print(
    `${ok ? 'ok  ' : 'OVER'}  ${what.padEnd(width)}  ${measured.padStart(9)}  (budget ${budget})`,
  )
}
if (options.json) console.log(JSON.stringify(benchRows()))
if (rows.some(([, , , ok]) => !ok)) process.exitCode = 1

/**
 * The figures as rows of `pnpm bench` (bench/lib/rows.ts): each page's first-load JS beside the
 * home page's, and the first run of Try it beside the later ones.
 */
function benchRows() {
  const home = figures.firstLoadKb.get('/') ?? Number.NaN
  const kb = (/** @type {number} */ value) => `${value.toFixed(1)} KB`
  const against = (/** @type {number} */ value, /** @type {number} */ budget) =>
    value <= budget
      ? { met: true }
      : { met: false, missedBy: `${(value / budget).toFixed(2)}× over` }
  const { example, page } = timed
  return [
    ...[...figures.firstLoadKb].map(([page, value]) => ({
      area: 'Site',
      benchmark: `first-load JS, gzipped: ${page === '/' ? 'home page' : page}`,
      measured: kb(value),
      ...(page === '/'
        ? {}
        : { baseline: `${kb(home)} home page`, ratio: `${(value / home).toFixed(2)}×` }),
      target: `≤ ${budgets.firstLoadKb} KB`,
      ...against(value, budgets.firstLoadKb),
    })),
    ...[...figures.prefetchKb].map(([page, value]) => ({
      area: 'Site',
      benchmark: `prefetched once idle (desktop), gzipped: ${page}`,
      measured: kb(value),
      target: `≤ ${budgets.prefetchKb} KB`,
      ...against(value, budgets.prefetchKb),
    })),
    {
      area: 'Site',
      benchmark: `Try it: first output, cold page (${example} on ${page})`,
      measured: `${Math.round(figures.first)} ms`,
      baseline: `${Math.round(figures.later)} ms a later run`,
      ratio: `${(figures.first / figures.later).toFixed(1)}×`,
      target: `≤ ${budgets.firstRunMs} ms`,
      ...against(figures.first, budgets.firstRunMs),
      note: `median of 3 fresh pages; load average ${load[0]}`,
    },
    {
      area: 'Site',
      benchmark: 'Try it: later runs on the same page',
      measured: `${Math.round(figures.later)} ms`,
      target: `≤ ${budgets.laterRunMs} ms`,
      ...against(figures.later, budgets.laterRunMs),
      note: 'median of 10',
    },
    {
      area: 'Site',
      benchmark: `exercise panel: what opening it and a run load, gzipped (${conceptPages[0]})`,
      measured: kb(figures.exercisePanelKb),
      target: `≤ ${budgets.exercisePanelKb} KB`,
      ...against(figures.exercisePanelKb, budgets.exercisePanelKb),
    },
    {
      area: 'Site',
      benchmark: `exercise panel: its type check, loaded after the first run, gzipped (${conceptPages[0]})`,
      measured: kb(figures.exerciseTypesKb),
      target: `≤ ${budgets.exerciseTypesKb} KB`,
      ...against(figures.exerciseTypesKb, budgets.exerciseTypesKb),
      note: 'TypeScript and its lib files, outside the first-run budget',
    },
  ]
}

/**
 * The type check's files (try-it/types-worker.ts and what it loads, and the exercise's
 * declarations, exercise-plugin.ts): Vite names them so.
 */
function isTypeCheckFile(/** @type {string} */ url) {
  return /\/assets\/(types-worker|typescript)-[\w-]+\.js$|\/assets\/lib\.[\w.]+\.d-[\w-]+\.js$|\/assets\/chunks\/declarations\.[\w-]+\.js$/.test(
    url,
  )
}

/**
 * Gzipped bytes of the scripts that opening the page's exercise panel and one run of its tests
 * load (the worker's too), beyond what the page had loaded and fetched ahead before the click:
 * `run`, all but the type check, and `types`, the type check that follows the run's results.
 */
async function exercisePanelJs(/** @type {string} */ page) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  const tab = await context.newPage()
  const before = new Set()
  let clicked = false
  const scripts = /** @type {Map<string, number>} */ (new Map())
  const pending = /** @type {Promise<void>[]} */ ([])
  context.on('response', (response) => {
    const isScript =
      response.request().resourceType() === 'script' || /\.m?js(\?|$)/.test(response.url())
    if (!isScript || response.status() >= 300) return
    const at = response.url()
    // The worker links the tests as blob: modules, made from what was downloaded: not a download.
    if (at.startsWith('blob:')) return
    if (!clicked) return void before.add(at)
    if (before.has(at)) return
    pending.push(response.body().then((body) => void scripts.set(at, gzipSync(body).length)))
  })
  await tab.goto(url(page), { waitUntil: 'networkidle' })
  await tab.waitForTimeout(3000)
  await tab.waitForLoadState('networkidle')
  clicked = true
  await tab.locator('.exercise-open').click()
  await tab.locator('.exercise-panel .cm-content').waitFor()
  await tab.locator('.exercise-panel .try-it-run').click()
  await tab.locator('.exercise-panel[data-state]:not([data-state="running"])').waitFor()
  await tab
    .locator('.exercise-panel[data-types]:not([data-types="checking"])')
    .waitFor({ timeout: 120_000 })
  await tab.waitForLoadState('networkidle')
  await Promise.all(pending)
  await context.close()
  const bytes = { run: 0, types: 0 }
  for (const [at, size] of scripts) bytes[isTypeCheckFile(at) ? 'types' : 'run'] += size
  return bytes
}

/**
 * Gzipped bytes of every script a cold visit of the page loads, and of those it fetches ahead once
 * idle (the theme's `<link rel="prefetch">`s, prefetch.ts), at desktop width, where the sidebar's
 * links are all in view. Told apart by the prefetch links, not by when they came: on a quiet
 * machine the idle callback runs before the network goes quiet.
 */
async function pageJs(/** @type {string} */ page) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  const tab = await context.newPage()
  const scripts = /** @type {Map<string, number>} */ (new Map())
  const pending = /** @type {Promise<void>[]} */ ([])
  tab.on('response', (response) => {
    const isScript =
      response.request().resourceType() === 'script' || /\.m?js(\?|$)/.test(response.url())
    if (!isScript || response.status() >= 300) return
    const at = response.url()
    pending.push(response.body().then((body) => void scripts.set(at, gzipSync(body).length)))
  })
  await tab.goto(url(page), { waitUntil: 'networkidle' })
  // Idle callbacks run once the page is quiet; give them time, then let their fetches finish.
  await tab.waitForTimeout(3000)
  await tab.waitForLoadState('networkidle')
  await Promise.all(pending)
  const ahead = new Set(
    await tab.$$eval('link[rel="prefetch"]', (links) =>
      links.map((link) => /** @type {HTMLLinkElement} */ (link).href),
    ),
  )
  await context.close()
  const bytes = { firstLoad: 0, prefetched: 0 }
  for (const [at, size] of scripts) bytes[ahead.has(at) ? 'prefetched' : 'firstLoad'] += size
  return bytes
}

/** The seed's MyNumbers example when a page includes one, else the first lesson's first example. */
function exampleToTime() {
  const examplesDir = path.join(docsDir, 'examples')
  const included = pages.flatMap((page) => {
    const file = path.join(
      distDir,
      page === '/' ? 'index.html' : page.endsWith('/') ? `${page}index.html` : `${page}.html`,
    )
    const html = readFileSync(file, 'utf8')
    return [...html.matchAll(/data-example="([^"]+)"/g)].map((match) => ({
      example: match[1] ?? '',
      page,
    }))
  })
  const myNumbers = included.find(({ example }) =>
    /class MyNumbers\b/.test(readFileSync(path.join(examplesDir, example), 'utf8')),
  )
  const fallback = included.find(({ page }) => page === conceptPages[0])
  const chosen = myNumbers ?? fallback
  if (!chosen) throw new Error('no page of the built site has a runnable example')
  if (!myNumbers) console.log(`(no page has the MyNumbers example yet: timing ${chosen.example})`)
  return chosen
}

/**
 * Runs in the page: clicks the example's control and resolves with the milliseconds until its
 * output is shown (the panel's state turns "done").
 * @param {{ example: string, control: string }} options
 */
function timeRun({ example, control }) {
  // The button, and once it is opened the panel that replaces it, both name their example.
  const block = document.querySelector(`[data-example="${example}"]`)?.parentElement
  if (!(block instanceof HTMLElement)) throw new Error(`no Try it block for ${example}`)
  const button = block.querySelector(control)
  if (!(button instanceof HTMLElement)) throw new Error(`no ${control} in the block of ${example}`)
  return new Promise((resolve, reject) => {
    const start = performance.now()
    const observer = new MutationObserver(() => {
      const state = block.querySelector('.try-it')?.getAttribute('data-state')
      if (state === 'running' || !state) return
      observer.disconnect()
      if (state === 'done') resolve(performance.now() - start)
      else
        reject(
          new Error(
            `${example} ended with ${state}: ${block.querySelector('.try-it-output')?.textContent}`,
          ),
        )
    })
    observer.observe(block, { subtree: true, attributes: true, attributeFilter: ['data-state'] })
    button.click()
  })
}
