/**
 * Type hovers without a mouse. Each TypeScript block is one tab stop (its <pre>); inside it the
 * arrow keys move between the names that have a type popup, and the focused name's popup opens as
 * it does on hover (the popup listens for the pointer, so the focus is announced to it as one).
 * Escape goes back to the block. A hundred names are not a hundred tab stops.
 */
/** The popup listens on the name's own text element, inside the focusable wrapper. */
const pointer = (token: HTMLElement, type: 'mouseenter' | 'mouseleave') =>
  (token.firstElementChild ?? token).dispatchEvent(new MouseEvent(type))

const tokens = (pre: Element) => [...pre.querySelectorAll<HTMLElement>('.twoslash-hover')]

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
      pointer(target, 'mouseleave')
      ;(pre as HTMLElement).focus()
      return
    } else return
    event.preventDefault()
    if (!next || next === target) return
    if (at >= 0) pointer(target, 'mouseleave')
    next.focus()
    pointer(next, 'mouseenter')
  })
}
