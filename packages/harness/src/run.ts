/**
 * Runs exercises through the harness in a child process (see child.ts), one after the other,
 * each supervised by @iterlings/run: what maintainers' tools use to compare the harness with
 * vitest. A run that has to be stopped takes the child with it; the next starts a fresh one.
 */
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { supervise, type Limits, type RunOutcome } from '@iterlings/run'
import { WarmProcess } from '@iterlings/run/process'
import type { ChildRequest } from './child.ts'

/** A target's run may take a minute; the child's first, two to start on a loaded machine. */
const LIMITS: Limits = { runMs: 60_000, startMs: 120_000 }

/**
 * The built-ins Part III's exercises use and this Node lacks, filled in before the child's
 * --frozen-intrinsics freezes them: Node runs a --require module first (@iterlings/platform).
 */
const platform = createRequire(import.meta.url).resolve('@iterlings/platform/preload')

export async function runInChild(
  requests: ChildRequest[],
  limits: Limits = LIMITS,
): Promise<RunOutcome[]> {
  // Node runs JavaScript only: from the TypeScript sources (under vitest), the built child.
  const entry = import.meta.url.endsWith('.ts') ? '../dist/child.js' : './child.js'
  const child = new WarmProcess(() => ({
    command: process.execPath,
    args: [
      ...process.execArgv,
      '--require',
      platform,
      '--experimental-vm-modules',
      '--frozen-intrinsics',
      '--no-warnings',
      fileURLToPath(new URL(entry, import.meta.url)),
    ],
    channel: { kind: 'ipc' },
    stderr: 'inherit',
  }))
  const outcomes: RunOutcome[] = []
  try {
    for (const request of requests) outcomes.push(await supervise(child.host(request), limits))
  } finally {
    child.close()
  }
  return outcomes
}
