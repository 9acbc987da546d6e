/**
 * For the workers' bundles (Try it's, the exercise panel's): sucrase checks the options it is
 * given with ts-interface-checker, some 5 KB gzipped of what a click loads. The workers pass fixed,
 * known options, so the check is replaced by one that accepts them (sucrase's own types still
 * check them at build); sucrase's output is the same.
 */
import type { Plugin } from 'vitepress'

const STUB = '\0ts-interface-checker (unchecked)'
export function sucraseUnchecked(): Plugin {
  return {
    name: 'iterlings-sucrase-unchecked',
    enforce: 'pre', // before Vite's own resolver
    resolveId: (id, importer) =>
      id === 'ts-interface-checker' && importer?.includes('/sucrase/') ? STUB : undefined,
    load: (id) =>
      id === STUB
        ? [
            'const any = () => any',
            'export const array = any, iface = any, lit = any, opt = any, union = any',
            'export const createCheckers = () => ({ Options: { strictCheck() {} } })',
          ].join('\n')
        : undefined,
  }
}
