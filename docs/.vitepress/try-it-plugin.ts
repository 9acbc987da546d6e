/**
 * Makes every included example runnable: a `<<< @/examples/<slug>/<name>.ts` block gets a
 * "Try it" button naming its file. The button does nothing until clicked; the theme then loads
 * the runner (theme/try-it/) on demand. Inline ```ts blocks stay plain: only files under
 * examples/ are proven to run and to print what their page shows. An example that imports one of
 * Node's modules (node:stream, node:events…) cannot run in a browser: its block says so instead.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { MarkdownRenderer } from 'vitepress'

const examplesDir = fileURLToPath(new URL('../examples', import.meta.url))

export function tryItPlugin(md: MarkdownRenderer): void {
  const fence = md.renderer.rules.fence
  if (!fence) throw new Error('tryItPlugin: VitePress renders code blocks with its own fence rule')
  // The block's wrapper div ends the rendered html: the button or note goes inside it, so a code
  // group that hides the block hides it too.
  md.renderer.rules.fence = (tokens, idx, options, env, self) => {
    const html = fence(tokens, idx, options, env, self)
    const [file] = (tokens[idx] as { src?: [string, string] }).src ?? []
    const example = file && path.relative(examplesDir, file)
    if (!example || example.startsWith('..') || !example.endsWith('.ts')) return html
    const nodeModule = /\bfrom ['"](node:[\w/]+)['"]/.exec(readFileSync(file, 'utf8'))?.[1]
    const addition = nodeModule
      ? `<span class="try-it-node-only">Node.js only: it imports ${md.utils.escapeHtml(nodeModule)}</span>`
      : `<button type="button" class="try-it-button" data-example="${md.utils.escapeHtml(example)}" aria-label="Try it: edit and run this example">Try it</button>`
    return html.replace(/<\/div>\s*$/, `${addition}</div>`)
  }
}
