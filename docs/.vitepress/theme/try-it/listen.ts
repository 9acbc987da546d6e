/**
 * The only part of "Try it" a page loads up front: one click listener. The runner (editor,
 * worker, TypeScript-to-JavaScript transpiler) is fetched the first time a reader asks for it.
 */
export function listenForTryIt(root: Document): void {
  root.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest?.('button.try-it-button')
    if (!(button instanceof HTMLButtonElement)) return
    button.disabled = true
    button.textContent = 'Loading…'
    import('./open.ts')
      .then(({ openTryIt }) => openTryIt(button))
      .catch((error: unknown) => {
        button.disabled = false
        button.textContent = 'Try it'
        console.error('Try it could not load', error)
      })
  })
}
