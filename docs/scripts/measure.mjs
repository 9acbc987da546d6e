// @ts-check
/* global document, MutationObserver, HTMLElement */
/**
 * Measures the site's budgets in chromium against the built site, prints them, and exits 1 when one
 * is missed:
 * - first-load JavaScript of every concept page: at most 150 KB gzipped;
 * - "Try it" on the seed's MyNumbers example (or, until a page has one, the first lesson's first
 *   example): output within 1 s of the first click on a cold page, and within 100 ms on later runs.
 * Timings are medians (3 cold pages, 10 later runs) so one slow moment of a shared machine does not decide.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { loadCourse } from '@iterlings/course'
import { builtPages, distDir, launchBrowser, serveSite } from './site.mjs'

const budgets = { firstLoadKb: 150, firstRunMs: 1000, laterRunMs: 100 }
const docsDir = fileURLToPath(new URL('..', import.meta.url))
const course = loadCourse(path.join(docsDir, '..'))
const pages = builtPages()
const conceptPages = course.exercises
  .map((exercise) => exercise.docs)
  .filter((docs) => pages.includes(docs))

const site = await serveSite()
const browser = await launchBrowser()
const url = (/** @type {string} */ page) => new URL(page.slice(1), site.url).href
const median = (/** @type {number[]} */ values) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN
const rows = /** @type {Array<[string, string, string, boolean]>} */ ([])

try {
  for (const page of conceptPages) {
    const bytes = await firstLoadJs(page)
    const kb = bytes / 1024
    rows.push([
      `first-load JS, gzipped: ${page}`,
      `${kb.toFixed(1)} KB`,
      `${budgets.firstLoadKb} KB`,
      kb <= budgets.firstLoadKb,
    ])
  }

  const { example, page } = exampleToTime()
  const firstRuns = []
  let laterRuns = /** @type {number[]} */ ([])
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
} finally {
  await browser.close()
  await site.close()
}

const width = Math.max(...rows.map(([what]) => what.length))
console.log('Budgets of the docs site (docs/scripts/measure.mjs)')
for (const [what, measured, budget, ok] of rows) {
  console.log(
    `${ok ? 'ok  ' : 'OVER'}  ${what.padEnd(width)}  ${measured.padStart(9)}  (budget ${budget})`,
  )
}
if (rows.some(([, , , ok]) => !ok)) process.exitCode = 1

/** Gzipped bytes of every script a cold visit of the page loads before the network goes quiet. */
async function firstLoadJs(/** @type {string} */ page) {
  const context = await browser.newContext()
  const tab = await context.newPage()
  let bytes = 0
  const pending = /** @type {Promise<void>[]} */ ([])
  tab.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return
    pending.push(response.body().then((body) => void (bytes += gzipSync(body).length)))
  })
  await tab.goto(url(page), { waitUntil: 'networkidle' })
  await Promise.all(pending)
  await context.close()
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
