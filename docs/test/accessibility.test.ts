/**
 * Every page of the built site in Debian's chromium, light and dark, has no axe-core violation
 * (WCAG 2.2 A and AA). A file of its own, beside site.test.ts: analysing every page twice is the
 * longest part of the docs' tests, and vitest runs the two files at once.
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

  it.each(['light', 'dark'] as const)(
    'has no axe-core violation (WCAG 2.2 A and AA) on any page in %s mode',
    async (colorScheme) => {
      const found: string[] = []
      for (const pagePath of builtPages()) {
        const context = await browser.newContext({
          viewport: { width: 1280, height: 800 },
          colorScheme,
        })
        const page = await context.newPage()
        await page.goto(new URL(pagePath.slice(1), site.url).href, { waitUntil: 'networkidle' })
        await hydrated(page)
        const { violations } = await new AxeBuilder({ page }).withTags(axeTags).analyze()
        for (const violation of violations) {
          for (const node of violation.nodes.slice(0, 3)) {
            found.push(
              `${pagePath}: ${violation.id} at ${node.target.join(' ')}: ${node.failureSummary}`,
            )
          }
        }
        await context.close()
      }
      expect(found).toEqual([])
    },
    900_000, // about 20 pages, each loaded and analysed: minutes on a busy machine
  )
})
