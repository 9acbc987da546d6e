// @ts-check
/**
 * The built site in a real browser: a static server for .vitepress/dist on 127.0.0.1 and Debian's
 * chromium driven by playwright-core. Shared by the browser tests and the budget measurement.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import sirv from 'sirv'

/** The built site; DOCS_DIST points elsewhere (e.g. a copy that a concurrent build cannot replace). */
export const distDir =
  process.env.DOCS_DIST ?? fileURLToPath(new URL('../.vitepress/dist', import.meta.url))
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
// A contributor without chromium still gets every other test; CI installs it (.ci/run) and fails without it.
export const hasChromium = existsSync(chromiumPath) || Boolean(process.env.CI)
/** The axe-core rules the site is held to: WCAG 2.2, levels A and AA. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']
/** The base the site was built with (pnpm docs:build reads the same variable). */
export const base = process.env.DOCS_BASE ?? '/'

/** Every page of the built site as the path a reader visits, e.g. "/", "/part-1/for-of", "/instructors/". */
export function builtPages() {
  if (!existsSync(path.join(distDir, 'index.html'))) {
    throw new Error(`no built site in ${distDir}: run \`pnpm docs:build\` first`)
  }
  return readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && file !== '404.html')
    .map(
      (file) =>
        '/' +
        file
          .split(path.sep)
          .join('/')
          .replace(/(^|\/)index\.html$/, '$1')
          .replace(/\.html$/, ''),
    )
    .sort()
}

/**
 * Serves the built site on a free port of 127.0.0.1, under its base, with clean URLs as GitHub
 * Pages serves them. Resolves to the site's root URL (ending in the base) and a close function.
 */
export async function serveSite() {
  builtPages()
  const serve = sirv(distDir, { extensions: ['html'] })
  const notFound = readFileSync(path.join(distDir, '404.html'))
  const server = createServer((request, response) => {
    const sendNotFound = () => {
      response.writeHead(404, { 'content-type': 'text/html' })
      response.end(notFound)
    }
    const url = request.url ?? '/'
    if (!url.startsWith(base)) return sendNotFound()
    request.url = '/' + url.slice(base.length)
    serve(request, response, sendNotFound)
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)))
  const address = server.address()
  if (!address || typeof address === 'string') throw new Error('the site server has no port')
  return {
    url: `http://127.0.0.1:${address.port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  }
}

/**
 * Waits until the page is what a reader gets: Vue has mounted and the theme has run (its onMounted
 * names the search button, after every onContentUpdated such as the remembered code tab). On a busy
 * machine the network goes quiet well before that.
 * @param {import('playwright-core').Page} page
 */
export async function hydrated(page) {
  await page.locator('.DocSearch-Button-Keys[aria-hidden="true"]').first().waitFor({
    state: 'attached',
  })
}

/** Debian's chromium, headless. Never a browser downloaded by Playwright. */
export function launchBrowser() {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `no chromium at ${chromiumPath}: apt-get install -y chromium, or set CHROMIUM_PATH`,
    )
  }
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}
