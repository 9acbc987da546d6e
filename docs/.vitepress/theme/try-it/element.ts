/** A new element of the page with its class and children (a button never submits a form). */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  node.className = className
  node.append(...children)
  if (node instanceof HTMLButtonElement) node.type = 'button'
  return node
}
