/**
 * What Linux's process table says: for the tests of every tool here that starts process groups and
 * must leave none behind (the runner, the CLI, the grader).
 */
import { readdirSync, readFileSync, readlinkSync } from 'node:fs'

export interface ProcessEntry {
  pid: number
  ppid: number
  /** The process group it belongs to: a group leader's pid equals its pgid. */
  pgid: number
  /** Its working folder, '' where it cannot be read. */
  cwd: string
  /** Its command line, arguments joined by spaces. */
  command: string
}

/** The entry of a running process, undefined where it is gone or a zombie (it has ended; only an init that does not reap orphans, as in some containers, keeps it listed). */
function entry(pid: number): ProcessEntry | undefined {
  let stat: string
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  } catch {
    return undefined
  }
  // "pid (name) state ppid pgid …": the name may hold spaces and parentheses.
  const [state, ppid, pgid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  if (state === 'Z') return undefined
  const read = (what: () => string) => {
    try {
      return what()
    } catch {
      return '' // gone in the meantime, or not ours to read
    }
  }
  return {
    pid,
    ppid: Number(ppid),
    pgid: Number(pgid),
    cwd: read(() => readlinkSync(`/proc/${pid}/cwd`)),
    command: read(() => readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim()),
  }
}

/** Whether `pid` is running: not gone and not a zombie. */
export function running(pid: number): boolean {
  return entry(pid) !== undefined
}

/** Every running process. */
export function processes(): ProcessEntry[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .flatMap((name) => entry(Number(name)) ?? [])
}

/** Every running process started by `pid`, its children's children included. */
export function descendants(pid: number, table = processes()): ProcessEntry[] {
  return table
    .filter((process) => process.ppid === pid)
    .flatMap((child) => [child, ...descendants(child.pid, table)])
}
