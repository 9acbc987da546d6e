/**
 * The panel's code as a file: downloaded as the exercise's src/index.ts (a browser names it
 * index.ts: folders are the student's to choose), and a file loaded back into the editor, so work
 * moves between the site and a clone of the course.
 */
export function downloadCode(code: string, fileName = 'index.ts'): void {
  const url = URL.createObjectURL(new Blob([code], { type: 'text/plain' }))
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName })
  link.click()
  // The download has its own copy once it starts: the URL can go at the next turn.
  setTimeout(() => URL.revokeObjectURL(url))
}

/** Asks for a file and resolves to its text, or to undefined when none was chosen. */
export function chooseCodeFile(): Promise<{ name: string; text: string } | undefined> {
  const input = Object.assign(document.createElement('input'), {
    type: 'file',
    accept: '.ts,.mts,.js,.mjs,text/plain',
  })
  return new Promise((resolve) => {
    input.addEventListener('change', async () => {
      const file = input.files?.[0]
      resolve(file && { name: file.name, text: await file.text() })
    })
    input.addEventListener('cancel', () => resolve(undefined))
    input.click()
  })
}
