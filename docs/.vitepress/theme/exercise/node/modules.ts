/**
 * The Node modules the exercise panel's worker gives a test or a student's code (node/index.ts has
 * them), named as they are imported. Node-side code reads this list too: an exercise whose tests
 * import any other Node module has no panel (course.ts).
 */
export const PANEL_NODE_MODULES = [
  'node:buffer',
  'node:events',
  'node:readline',
  'node:stream',
  'node:stream/promises',
  'node:string_decoder',
  'node:timers/promises',
] as const

export type PanelNodeModule = (typeof PANEL_NODE_MODULES)[number]

export const isPanelNodeModule = (specifier: string): specifier is PanelNodeModule =>
  (PANEL_NODE_MODULES as readonly string[]).includes(specifier)
