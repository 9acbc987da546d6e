/** Opens the student's editor ($VISUAL, else $EDITOR) at a file and line, as each editor is told to. */
import { spawnSync } from 'node:child_process'
import path from 'node:path'

export const editorOf = (env: NodeJS.ProcessEnv = process.env) =>
  (env.VISUAL || env.EDITOR)?.trim() || undefined

/** The command line for `editor` (which may carry options, "code -w") to open `file` at `line`. */
export function editorArgs(editor: string, file: string, line = 1, column = 1): string[] {
  const [command = '', ...options] = editor.split(/\s+/)
  const name = path.basename(command).replace(/\.(exe|cmd)$/i, '')
  let target: string[]
  if (['code', 'codium', 'cursor', 'code-insiders'].includes(name))
    target = ['-g', `${file}:${line}:${column}`]
  else if (['subl', 'zed', 'hx', 'helix'].includes(name)) target = [`${file}:${line}:${column}`]
  else if (['vi', 'vim', 'nvim', 'nano', 'emacs', 'micro', 'kak', 'joe', 'mg'].includes(name))
    target = [`+${line}`, file]
  else target = [file]
  return [command, ...options, ...target]
}

/** Runs the editor in this terminal and waits for it to close. */
export function openEditor(editor: string, file: string, line?: number, column?: number): void {
  const [command = '', ...args] = editorArgs(editor, file, line, column)
  const result = spawnSync(command, args, { stdio: 'inherit' })
  if (result.error) throw new Error(`could not start ${command}: ${result.error.message}`)
}
