/** Serves the course site (VitePress, in docs/) beside watch mode, and tells its local address. */
import type { ChildProcess } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'
import { stripVTControlCharacters } from 'node:util'
import { killGroup, spawnGroup } from '@iterlings/run/process'

export interface DocsServer {
  /** Resolves to the site's address, e.g. http://localhost:5173/, once the server listens. */
  url: Promise<string>
  stop(): void
}

export function serveDocs(courseRoot: string): DocsServer {
  const docsDir = path.join(courseRoot, 'docs')
  const vitepress = path.join(
    path.dirname(
      createRequire(path.join(docsDir, 'package.json')).resolve('vitepress/package.json'),
    ),
    'bin',
    'vitepress.js',
  )
  // A process group of its own, killed when the CLI ends, however it ends.
  const child: ChildProcess = spawnGroup(process.execPath, [vitepress, 'dev'], {
    cwd: docsDir,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const url = new Promise<string>((resolve, reject) => {
    let output = ''
    const onData = (chunk: Buffer) => {
      output += stripVTControlCharacters(chunk.toString())
      const address = /Local:\s+(http:\/\/\S+)/.exec(output)?.[1]
      if (address) resolve(address.endsWith('/') ? address : `${address}/`)
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.on('exit', (code) =>
      reject(
        new Error(
          `the docs server stopped (exit code ${code}): ${output.trim().split('\n').at(-1) ?? ''}`,
        ),
      ),
    )
  })
  return {
    url,
    stop: () => {
      if (child.exitCode === null) killGroup(child.pid)
    },
  }
}

/** The address of an exercise's page on the served site. */
export const pageUrl = (siteUrl: string, docsPath: string) => siteUrl + docsPath.replace(/^\//, '')
