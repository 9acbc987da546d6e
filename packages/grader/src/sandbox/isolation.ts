/**
 * How a sandboxed process is started on this machine. Node's permission model holds everywhere
 * (no file read or write at all, no child processes, workers or addons); Linux adds, when it can,
 * empty network and PID namespaces (no network, no other process to see or signal) and a bound on
 * the process's data segment with prlimit (memory outside the V8 heap: Buffers, WebAssembly).
 */
import { spawnSync } from 'node:child_process'

export interface Isolation {
  /** Command and leading arguments that wrap `node`, e.g. ['unshare', '--net', …, 'prlimit', …]. */
  wrapper: string[]
  /** Flags for node itself. */
  nodeFlags: string[]
  /** One line for the instructor: what holds here. */
  summary: string
}

const NAMESPACES = ['--net', '--pid', '--fork', '--kill-child']
/**
 * Room outside the heap for Node itself, its code and honest Buffers: the first that lets this
 * Node start (Node 24's V8 reserves far more for its code range than Node 20's).
 */
const DATA_ALLOWANCES_MB = [256, 512, 768, 1024, 1536]

const flag = (name: string) => process.allowedNodeEnvironmentFlags.has(name)

function works(command: string[], tail = ['true']): boolean {
  const probe = spawnSync(command[0] as string, [...command.slice(1), ...tail], { stdio: 'ignore' })
  return probe.status === 0
}

/**
 * The sandbox is killed when the grader dies, however it dies (SIGKILL included, which runs no
 * exit handler): Linux's parent-death signal, set by setpriv before anything else starts; unshare
 * --kill-child then takes everything in the namespace with it.
 */
function lifelineWrapper(): string[] | undefined {
  if (process.platform !== 'linux') return undefined
  const wrapper = ['setpriv', '--pdeathsig', 'KILL', '--']
  return works(wrapper) ? wrapper : undefined
}

function namespaceWrapper(): string[] | undefined {
  if (process.platform !== 'linux') return undefined
  return [
    ['unshare', ...NAMESPACES],
    ['unshare', '--map-root-user', ...NAMESPACES],
  ].find((wrapper) => works(wrapper))
}

function memoryWrapper(memoryMb: number): { command: string[]; totalMb: number } | undefined {
  if (process.platform !== 'linux') return undefined
  for (const allowance of DATA_ALLOWANCES_MB) {
    const totalMb = memoryMb + allowance
    const command = ['prlimit', `--data=${totalMb * 1024 * 1024}`, '--']
    // Honest code's Buffers must fit too: the probe starts Node and allocates 128 MB.
    const node = [
      process.execPath,
      `--max-old-space-size=${memoryMb}`,
      '-e',
      'Buffer.alloc(2 ** 27)',
    ]
    if (works(command, node)) return { command, totalMb }
  }
  return undefined
}

/** `preload`: a script run before the built-ins freeze (the platform's fill), the only file read. */
export function detectIsolation(memoryMb: number, preload?: string): Isolation {
  const lifeline = lifelineWrapper()
  const namespaces = namespaceWrapper()
  const memory = memoryWrapper(memoryMb)
  const nodeFlags = [
    '--no-warnings',
    flag('--permission') ? '--permission' : '--experimental-permission',
    '--frozen-intrinsics',
    '--disallow-code-generation-from-strings',
    '--experimental-vm-modules',
    `--max-old-space-size=${memoryMb}`,
    // Where Node can switch them off; the host removes the globals everywhere.
    ...['--no-experimental-fetch', '--no-experimental-websocket'].filter(flag),
    ...(preload ? [`--allow-fs-read=${preload}`, '--require', preload] : []),
  ]
  const parts = [
    'Node permission model (no file access but a read of the platform fill), frozen intrinsics, no eval, no fetch',
    namespaces
      ? 'network and PID namespaces'
      : 'NO network or PID namespaces here (not Linux, or neither root nor user namespaces)',
    lifeline
      ? 'killed with the grader (parent-death signal)'
      : 'NOT killed if the grader itself is killed with SIGKILL (no setpriv here)',
    memory
      ? `memory: ${memoryMb} MB of heap, ${memory.totalMb} MB of data in all (prlimit)`
      : `memory: ${memoryMb} MB of heap; memory outside the heap is NOT bounded here (no prlimit)`,
  ]
  return {
    wrapper: [...(lifeline ?? []), ...(namespaces ?? []), ...(memory?.command ?? [])],
    nodeFlags,
    summary: `sandbox: ${parts.join('; ')}`,
  }
}
