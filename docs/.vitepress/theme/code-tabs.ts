/**
 * One choice of language for every code group: picking "Python" in one group picks it in every
 * group of every page, and the choice is remembered. TypeScript, every group's first tab, is the
 * default. VitePress switches the clicked group itself; this follows with the others.
 */
const storageKey = 'iterlings-code-tab'

function remembered(): string | null {
  try {
    return localStorage.getItem(storageKey)
  } catch {
    return null // storage may be blocked; then every page starts on TypeScript
  }
}

/** Shows the tab titled `title` in a group that has one; leaves other groups as they are. */
function show(group: Element, title: string): void {
  const labels = [...group.querySelectorAll<HTMLLabelElement>(':scope > .tabs > label')]
  const index = labels.findIndex((label) => label.dataset.title === title)
  const blocks = group.querySelector(':scope > .blocks')?.children
  const label = labels[index]
  if (!label || !blocks) return
  const input = group.querySelector<HTMLInputElement>(`#${CSS.escape(label.htmlFor)}`)
  if (input) input.checked = true
  for (const [at, block] of [...blocks].entries()) block.classList.toggle('active', at === index)
}

/** Applies the remembered tab to every group of the page (call after each page renders). */
export function applyCodeTab(root: Document): void {
  const title = remembered()
  if (title) for (const group of root.querySelectorAll('.vp-code-group')) show(group, title)
}

export function syncCodeTabs(root: Document): void {
  root.addEventListener('change', (event) => {
    const input = event.target
    if (!(input instanceof HTMLInputElement) || !input.matches('.vp-code-group > .tabs > input'))
      return
    const group = input.closest('.vp-code-group')
    const title = group?.querySelector<HTMLLabelElement>(`label[for="${CSS.escape(input.id)}"]`)
      ?.dataset.title
    if (!group || !title) return
    try {
      localStorage.setItem(storageKey, title)
    } catch {
      // not remembered across pages, still synced on this one
    }
    // Other groups above this one change height: keep the one the reader clicked where it was.
    const top = group.getBoundingClientRect().top
    for (const other of root.querySelectorAll('.vp-code-group')) {
      if (other !== group) show(other, title)
    }
    window.scrollBy(0, group.getBoundingClientRect().top - top)
  })
}
