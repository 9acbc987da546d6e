/**
 * The `process` that readable-stream takes from npm's process, for its nextTick. npm's runs the
 * callback on a timer, a task of its own after the current one (clamped to 4 ms once timers nest
 * in a worker); Node runs it before any other task, as a microtask does. (Exercise 14's verdicts
 * agree either way today: its tests turn the event loop ten times before they look.)
 */
export const nextTick = (callback: (...args: unknown[]) => void, ...args: unknown[]) =>
  queueMicrotask(() => callback(...args))

export default { nextTick }
