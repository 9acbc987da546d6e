/**
 * How a sandboxed test process is started on this machine. Node's permission model holds
 * everywhere (reads only the sandbox folder; no writes, child processes, workers or addons);
 * on Linux, when namespaces can be created (root, or unprivileged user namespaces), the process
 * also gets an empty network namespace and its own PID namespace, so it has no network and cannot
 * signal the grader.
 */
import { spawnSync } from 'node:child_process'

export interface Isolation {
  /** Command and leading arguments that wrap `node`, e.g. ['unshare', '--net', …]. */
  wrapper: string[]
  /** Flags for node itself. */
  nodeFlags: (sandboxDir: string, memoryMb: number) => string[]
  /** One line for the instructor: what holds here. */
  summary: string
}

const NAMESPACES = ['--net', '--pid', '--fork', '--kill-child']

/** `--permission` from Node 22.13 and 23.5; `--experimental-permission` before. */
function permissionFlag(): string {
  return process.allowedNodeEnvironmentFlags.has('--permission')
    ? '--permission'
    : '--experimental-permission'
}

function namespaceWrapper(): string[] | undefined {
  if (process.platform !== 'linux') return undefined
  for (const wrapper of [
    ['unshare', ...NAMESPACES],
    ['unshare', '--map-root-user', ...NAMESPACES],
  ]) {
    const probe = spawnSync(wrapper[0] as string, [...wrapper.slice(1), 'true'], {
      stdio: 'ignore',
    })
    if (probe.status === 0) return wrapper
  }
  return undefined
}

export function detectIsolation(): Isolation {
  const permission = permissionFlag()
  const wrapper = namespaceWrapper()
  return {
    wrapper: wrapper ?? [],
    nodeFlags: (sandboxDir, memoryMb) => [
      '--no-warnings',
      permission,
      `--allow-fs-read=${sandboxDir}`,
      '--frozen-intrinsics',
      '--disallow-code-generation-from-strings',
      `--max-old-space-size=${memoryMb}`,
    ],
    summary: wrapper
      ? `sandbox: Node permission model, frozen intrinsics, no eval; network and PID namespaces (${wrapper.join(' ')})`
      : `sandbox: Node permission model, frozen intrinsics, no eval; NO network isolation here (namespaces unavailable: not Linux, or neither root nor user namespaces)`,
  }
}
