import { launchBrowser, serveSite } from './site.mjs'
const site = await serveSite()
const browser = await launchBrowser()
const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } })
const tab = await ctx.newPage()
await tab.goto(new URL('part-2/async-iterators', site.url).href, { waitUntil: 'networkidle' })
console.log(await tab.evaluate(() => {
  const code = document.querySelector('.vp-doc div[class*="language-"] pre code')
  const pre = code.parentElement
  const c = document.createElement('span'); c.textContent = 'x'.repeat(72); code.append(c)
  const w = c.getBoundingClientRect().width; c.remove()
  const s = getComputedStyle(code)
  const wide = [...document.querySelectorAll('.vp-doc div[class*="language-"] pre')].filter((p) => p.scrollWidth > p.clientWidth + 1).map((p) => p.scrollWidth - p.clientWidth)
  return { font: s.fontFamily, size: s.fontSize, w72: w, preClient: pre.clientWidth, padL: getComputedStyle(pre).paddingLeft + ' / code ' + getComputedStyle(code).paddingLeft, wide }
}))
await browser.close(); await site.close()
