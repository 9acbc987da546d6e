/**
 * For the workers' bundles (Try it's, the exercise panel's): both call sucrase with one fixed set
 * of options, `{ transforms: ['typescript'], disableESTransforms: true }`, and no source map. What
 * sucrase bundles for every other option is left out of what a click loads (about 15 KB gzipped):
 * - ts-interface-checker, which checks the options (sucrase's own types still check them at build);
 * - the transforms those options never create (JSX, Flow, CommonJS imports, Jest, React, the ES
 *   syntax ones) and the source map writer. Each is replaced by a stub that throws if it were ever
 *   used, so a change of options fails loudly in the browser tests instead of transforming wrongly.
 */
import type { Plugin } from 'vitepress'

const CHECKER_STUB = '\0ts-interface-checker (unchecked)'
const UNUSED_PREFIX = '\0sucrase (not built in): '
/** Modules of sucrase's dist/esm that the TypeScript transform alone never runs. */
const unused = new Set([
  'CJSImportProcessor',
  'computeSourceMap',
  'CJSImportTransformer',
  'FlowTransformer',
  'JestHoistTransformer',
  'JSXTransformer',
  'NumericSeparatorTransformer',
  'OptionalCatchBindingTransformer',
  'OptionalChainingNullishTransformer',
  'ReactDisplayNameTransformer',
  'ReactHotLoaderTransformer',
])

export function sucraseTypeScriptOnly(): Plugin {
  return {
    name: 'iterlings-sucrase-typescript-only',
    enforce: 'pre', // before Vite's own resolver
    resolveId(id, importer) {
      if (!importer?.includes('/sucrase/')) return undefined
      if (id === 'ts-interface-checker') return CHECKER_STUB
      const name = id.slice(id.lastIndexOf('/') + 1)
      return unused.has(name) ? UNUSED_PREFIX + name : undefined
    },
    load(id) {
      if (id === CHECKER_STUB)
        return [
          'const any = () => any',
          'export const array = any, iface = any, lit = any, opt = any, union = any',
          'export const createCheckers = () => ({ Options: { strictCheck() {} } })',
        ].join('\n')
      if (!id.startsWith(UNUSED_PREFIX)) return undefined
      const name = JSON.stringify(id.slice(UNUSED_PREFIX.length))
      // JSXTransformer also exports a helper that the import pruning names for JSX tokens only.
      return [
        `function unused() { throw new Error('sucrase: ' + ${name} + ' is not built into this worker (sucrase-typescript-only.ts)') }`,
        'export default unused',
        'export const startsWithLowerCase = unused',
      ].join('\n')
    },
  }
}
