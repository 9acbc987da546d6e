/**
 * Type hovers without a mouse. Each TypeScript block is one tab stop (its <pre>); inside it the
 * arrow keys move between the names that have a type popup, and the popup opens on focus as it
 * does on hover. Escape goes back to the block. A hundred names are not a hundred tab stops.
 */
// The popup's trigger is the floating-vue element inside each name: focus must land on it, as
// focus events do not bubble.
const tokens = (pre: Element) => [
  ...pre.querySelectorAll<HTMLElement>('.twoslash-hover > .v-popper'),
]

/** Call after each page renders: makes the names focusable by script, not by Tab. */
export function prepareTypeHovers(root: Document): void {
  for (const pre of root.querySelectorAll('pre.twoslash')) {
    if (!pre.hasAttribute('aria-describedby'))
      pre.setAttribute('aria-describedby', 'type-hover-help')
    for (const token of tokens(pre)) token.tabIndex = -1
  }
  if (!root.getElementById('type-hover-help') && root.querySelector('pre.twoslash')) {
    const help = root.createElement('p')
    help.id = 'type-hover-help'
    help.hidden = true
    help.textContent = 'Arrow keys move between names and show the type of each; Escape leaves.'
    root.body.append(help)
  }
}

export function listenForTypeHovers(root: Document): void {
  root.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null
    const pre = target?.closest?.('pre.twoslash')
    if (!pre || !target) return
    const all = tokens(pre)
    if (all.length === 0) return
    const at = all.indexOf(target)
    let next: HTMLElement | undefined
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') next = all[at + 1] ?? all[at]
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp')
      next = at > 0 ? all[at - 1] : all[0]
    else if (event.key === 'Home') next = all[0]
    else if (event.key === 'End') next = all.at(-1)
    else if (event.key === 'Escape' && at >= 0) {
      event.preventDefault()
      ;(pre as HTMLElement).focus()
      return
    } else return
    event.preventDefault()
    next?.focus()
  })
}
