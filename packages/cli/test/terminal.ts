/** A real terminal for end-to-end tests: the CLI runs inside tmux, on a server of its own. */
import { execFileSync } from 'node:child_process'

export class Terminal {
  readonly #socket = `iterlings-e2e-${process.pid}-${Math.random().toString(36).slice(2, 8)}`

  constructor(cwd: string, command: string[], env: Record<string, string> = {}) {
    const shellCommand = command.map((part) => `'${part.replaceAll("'", `'\\''`)}'`).join(' ')
    this.#tmux(
      'new-session',
      '-d',
      '-s',
      'cli',
      '-x',
      '110',
      '-y',
      '45',
      '-c',
      cwd,
      ...Object.entries(env).flatMap(([name, value]) => ['-e', `${name}=${value}`]),
      shellCommand,
    )
    // Keep the last screen readable after the CLI exits.
    this.#tmux('set-option', '-t', 'cli', 'remain-on-exit', 'on')
  }

  /** The visible screen as text; with `escapes`, its colour codes too. */
  screen({ escapes = false } = {}): string {
    return this.#tmux('capture-pane', '-p', ...(escapes ? ['-e'] : []), '-t', 'cli')
  }

  press(key: string): void {
    this.#tmux('send-keys', '-t', 'cli', '-l', key)
  }

  async waitFor(pattern: RegExp, timeoutMs = 60_000): Promise<string> {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const screen = this.screen()
      if (pattern.test(screen)) return screen
      if (Date.now() > deadline)
        throw new Error(`the screen never showed ${pattern}; it shows:\n${screen}`)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }

  close(): void {
    try {
      this.#tmux('kill-server')
    } catch {
      // Already gone.
    }
  }

  #tmux(...args: string[]): string {
    return execFileSync('tmux', ['-L', this.#socket, ...args], { encoding: 'utf8' })
  }
}
