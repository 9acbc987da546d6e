/**
 * What a page fetches ahead, once the browser is idle: the previous and next pages of the course
 * (the pager's links), the two a reader is most likely to open. VitePress's own prefetch (switched
 * off in config.ts) fetches every link in view, which on a desktop means the whole sidebar, about
 * 300 KB. Two pages stay well under the site's 150 KB budget for it.
 */
declare const __VP_HASH_MAP__: Record<string, string> | undefined

const fetched = new Set<string>()

/** A page's chunk, named as VitePress names it: /part-1/for-of → assets/part-1_for-of.md.<hash>.js */
function chunkOf(pathname: string, base: string): string | undefined {
  if (typeof __VP_HASH_MAP__ === 'undefined') return undefined // the dev server has no chunks
  const page = pathname
    .slice(base.length)
    .replace(/\.html$/, '')
    .replace(/\/$/, '/index')
  const name = (page.replace(/\//g, '_') || 'index') + '.md'
  const hash = __VP_HASH_MAP__[name.toLowerCase()]
  return hash ? `${base}assets/${name}.${hash}.js` : undefined
}

export function prefetchNeighbours(root: Document, base: string): void {
  const idle = window.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 1))
  idle(() => {
    for (const link of root.querySelectorAll<HTMLAnchorElement>('.VPDocFooter a.pager-link')) {
      const chunk = chunkOf(new URL(link.href).pathname, base)
      if (!chunk || fetched.has(chunk)) continue
      fetched.add(chunk)
      const prefetch = root.createElement('link')
      prefetch.rel = 'prefetch'
      prefetch.href = chunk
      root.head.append(prefetch)
    }
  })
}
