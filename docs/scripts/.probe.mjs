import { launchBrowser, serveSite } from './site.mjs'
const page = process.argv[2] ?? '/part-1/iterables-and-iterators'
const site = await serveSite()
const browser = await launchBrowser()
for (const [w, h] of [[1280, 900], [390, 844]]) for (const scheme of ['light', 'dark']) {
  const ctx = await browser.newContext({ viewport: { width: w, height: h }, colorScheme: scheme })
  const tab = await ctx.newPage()
  await tab.goto(new URL(page.slice(1), site.url).href, { waitUntil: 'networkidle' })
  await tab.evaluate(() => document.querySelector('h2')?.scrollIntoView())
  await tab.screenshot({ path: `/tmp/shots/${w}-${scheme}.png` })
  if (scheme === 'light') {
    const r = await tab.evaluate(() => {
      const pres = [...document.querySelectorAll('.vp-doc div[class*="language-"] pre')]
      const wide = pres.filter((p) => p.scrollWidth > p.clientWidth + 1)
      return { total: pres.length, wide: wide.length, col: document.querySelector('.vp-doc')?.clientWidth, preW: pres[0]?.clientWidth }
    })
    console.log(w, JSON.stringify(r))
  }
  await ctx.close()
}
await browser.close(); await site.close()
