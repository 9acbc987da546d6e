/**
 * A hint's markdown (hints.md, parsed by @iterlings/course) as the page's elements: the little
 * markdown hints use, fenced code, `inline code` and **bold**, and text for everything else.
 * Built with text nodes, never HTML, so a hint shows exactly what it says.
 */
import { element } from '../try-it/element.ts'

const FENCE = /^```\w*\n([\s\S]*?)^```\s*$/m

export function hintNodes(markdown: string): HTMLElement[] {
  const nodes: HTMLElement[] = []
  let rest = markdown
  for (let fence = FENCE.exec(rest); fence; fence = FENCE.exec(rest)) {
    nodes.push(...paragraphs(rest.slice(0, fence.index)))
    const code = element(
      'pre',
      'exercise-hint-code',
      element('code', '', fence[1]?.trimEnd() ?? ''),
    )
    nodes.push(Object.assign(code, { tabIndex: 0 })) // it scrolls sideways: the keyboard must reach it
    rest = rest.slice(fence.index + fence[0].length)
  }
  return [...nodes, ...paragraphs(rest)]
}

const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => element('p', 'exercise-hint-text', ...inline(paragraph)))

/** `code` and **bold**; a backtick inside bold, or the other way round, is left as text. */
function inline(text: string): Array<Node | string> {
  return text.split(/(`[^`]+`|\*\*[^*]+\*\*)/).map((part) => {
    if (part.startsWith('`') && part.endsWith('`') && part.length > 1)
      return element('code', '', part.slice(1, -1))
    if (part.startsWith('**') && part.endsWith('**') && part.length > 3)
      return element('strong', '', part.slice(2, -2))
    return part
  })
}
