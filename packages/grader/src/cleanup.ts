/**
 * What must not outlive the grader: every sandbox's process group and the scratch folder. On a
 * normal end, on an error and on SIGINT/SIGTERM alike, each registered cleanup runs once.
 */
const cleanups = new Set<() => void>()
let installed = false

function runAll(): void {
  for (const cleanup of [...cleanups]) {
    cleanups.delete(cleanup)
    try {
      cleanup()
    } catch {
      // Best effort: the others still run.
    }
  }
}

/** Registers `cleanup`; the returned function runs it now and unregisters it. */
export function onExit(cleanup: () => void): () => void {
  if (!installed) {
    installed = true
    process.on('exit', runAll)
    for (const [signal, code] of [
      ['SIGINT', 130],
      ['SIGTERM', 143],
      ['SIGHUP', 129],
    ] as const)
      process.once(signal, () => {
        runAll()
        process.exit(code)
      })
  }
  cleanups.add(cleanup)
  return () => {
    if (cleanups.delete(cleanup)) cleanup()
  }
}

/** Kills a detached child's whole process group. */
export function killGroup(pid: number | undefined): void {
  if (pid === undefined) return
  try {
    process.kill(-pid, 'SIGKILL')
  } catch {
    // Already gone.
  }
}
