/**
 * The last step before any student module runs. Node's permission model already denies file writes,
 * reads outside the sandbox, child processes and workers; --frozen-intrinsics freezes the built-in
 * prototypes; --disallow-code-generation-from-strings stops eval. What is left are the doors on
 * `process` and the global bindings themselves, closed here.
 */

/** process members that reach outside the sandbox or around the permission model. */
const PROCESS_DOORS = [
  'binding',
  '_linkedBinding',
  'dlopen',
  'getBuiltinModule',
  'kill',
  'report',
  'setuid',
  'setgid',
  'seteuid',
  'setegid',
  'setgroups',
  'initgroups',
  'openStdin',
  '_debugProcess',
  '_debugEnd',
  '_startProfilerIdleNotifier',
  '_stopProfilerIdleNotifier',
] as const

export function lockDown(): void {
  for (const door of PROCESS_DOORS) {
    if (door in process)
      Object.defineProperty(process, door, {
        value: undefined,
        configurable: false,
        writable: false,
      })
  }
  // The intrinsics are frozen, but `globalThis.Array = fake` would still swap what the name means
  // for the assertions' code: make every global data binding read-only.
  for (const name of Object.getOwnPropertyNames(globalThis)) {
    const descriptor = Object.getOwnPropertyDescriptor(globalThis, name)
    if (descriptor && 'value' in descriptor && descriptor.configurable) {
      Object.defineProperty(globalThis, name, { writable: false, configurable: false })
    }
  }
}
