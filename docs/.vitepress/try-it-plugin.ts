/**
 * Makes every included example runnable: a `<<< @/examples/<slug>/<name>.ts` block gets a
 * "Try it" button naming its file. The button does nothing until clicked; the theme then loads
 * the runner (theme/try-it/) on demand. Inline ```ts blocks stay plain: only files under
 * examples/ are proven to run and to print what their page shows.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { MarkdownRenderer } from 'vitepress'

const examplesDir = fileURLToPath(new URL('../examples', import.meta.url))

export function tryItPlugin(md: MarkdownRenderer): void {
  const fence = md.renderer.rules.fence
  if (!fence) throw new Error('tryItPlugin: VitePress renders code blocks with its own fence rule')
  md.renderer.rules.fence = (tokens, idx, options, env, self) => {
    const html = fence(tokens, idx, options, env, self)
    const [file] = (tokens[idx] as { src?: [string, string] }).src ?? []
    const example = file && path.relative(examplesDir, file)
    if (!example || example.startsWith('..') || !example.endsWith('.ts')) return html
    const button = `<button type="button" class="try-it-button" data-example="${md.utils.escapeHtml(example)}" aria-label="Try it: edit and run this example">Try it</button>`
    // The block's wrapper div ends the rendered html: the button goes inside it, so a code
    // group that hides the block hides its button too.
    return html.replace(/<\/div>\s*$/, `${button}</div>`)
  }
}
