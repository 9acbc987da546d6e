/**
 * Labels a program's output as output. An included block titled `[Output]` or `[Output of both]`
 * (`<<< @/examples/x/y.txt [Output]`) renders as an output box with that label, instead of a
 * code block tagged "txt": VitePress shows a block's title only inside a code group.
 */
import type { MarkdownRenderer } from 'vitepress'

export function outputPlugin(md: MarkdownRenderer): void {
  const fence = md.renderer.rules.fence
  if (!fence) throw new Error('outputPlugin: VitePress renders code blocks with its own fence rule')
  md.renderer.rules.fence = (tokens, idx, options, env, self) => {
    // Read before rendering: VitePress's own fence rule strips the title from the info.
    const label = /\[(Output\b[^\]]*)\]/.exec(tokens[idx]?.info ?? '')?.[1]
    const html = fence(tokens, idx, options, env, self)
    if (!label) return html
    const labelled = html
      .replace(/^<div class="language-/, '<div class="output-block language-')
      .replace(
        /<span class="lang">[^<]*<\/span>/,
        `<span class="output-label">${md.utils.escapeHtml(label)}</span>`,
      )
    if (labelled === html) throw new Error(`outputPlugin: cannot label the block "${label}"`)
    return labelled
  }
}
