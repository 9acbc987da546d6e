/**
 * Every page of the built site in Debian's chromium, light and dark, has no axe-core violation
 * (WCAG 2.2 A and AA). A file of its own, beside site.test.ts: analysing every page is the longest
 * part of the docs' tests, and vitest runs the two files at once.
 */
import { AxeBuilder } from '@axe-core/playwright'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  axeTags,
  builtPages,
  hasChromium,
  hydrated,
  launchBrowser,
  serveSite,
} from '../scripts/site.mjs'

type Violations = Awaited<ReturnType<AxeBuilder['analyze']>>['violations']

/** The rules whose verdict depends on the colour scheme. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block']

describe.skipIf(!hasChromium)('accessibility of the built site', () => {
  let site: Awaited<ReturnType<typeof serveSite>>
  let browser: Browser

  beforeAll(async () => {
    site = await serveSite()
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await site?.close()
  })

  it('has no axe-core violation (WCAG 2.2 A and AA) on any page, in light mode and in dark', async () => {
    const found: string[] = []
    const report = (pagePath: string, mode: string, violations: Violations) => {
      for (const violation of violations)
        for (const node of violation.nodes.slice(0, 3))
          found.push(
            `${pagePath} (${mode}): ${violation.id} at ${node.target.join(' ')}: ${node.failureSummary}`,
          )
    }
    const check = async (pagePath: string) => {
      const context = await browser.newContext({
        viewport: { width: 1280, height: 800 },
        colorScheme: 'light',
      })
      const page = await context.newPage()
      await page.goto(new URL(pagePath.slice(1), site.url).href, { waitUntil: 'networkidle' })
      await hydrated(page)
      report(
        pagePath,
        'light',
        (await new AxeBuilder({ page }).withTags(axeTags).analyze()).violations,
      )
      // The same page turned dark (the theme follows the system's scheme, with transitions off
      // while it switches): only colours change, so only the rules about colour run again.
      await page.emulateMedia({ colorScheme: 'dark' })
      await page.waitForFunction(() => document.documentElement.classList.contains('dark'))
      report(
        pagePath,
        'dark',
        (await new AxeBuilder({ page }).withRules(COLOUR_RULES).analyze()).violations,
      )
      await context.close()
    }
    // Two pages at a time: one page's analysis keeps one core busy.
    const pending = builtPages()
    await Promise.all(
      [0, 1].map(async () => {
        for (let pagePath; (pagePath = pending.shift());) await check(pagePath)
      }),
    )
    expect(found).toEqual([])
  }, 900_000) // about 25 pages, each loaded and analysed twice: minutes on a busy machine
})
