/**
 * Turns one test file into one ES module the harness can load without a file system: esbuild
 * bundles it with what it imports (e.g. @iterlings/testing), leaving three kinds of imports for
 * the host to link: 'vitest' (the harness), the code under test (any import of the exercise's
 * `src/`) and Node's built-in modules. Whatever the test uses that the harness does not give is
 * refused here, by name, rather than failing at run time.
 */
import { isBuiltin } from 'node:module'
import path from 'node:path'
import * as esbuild from 'esbuild'
import { MEMBERS, UNSUPPORTED_MATCHERS, VITEST_EXPORTS } from './api.ts'

/** The specifier the bundle imports the harness by. */
export const VITEST_SPECIFIER = 'vitest:harness'
/** The specifier the bundle imports the code under test by (its entry, `src/index.ts`). */
export const STUDENT_SPECIFIER = './src/index.ts'

export interface TestBundle {
  /** Where the test file is, for messages: `test/iterables.test.ts`. */
  name: string
  code: string
  /** The names the test imports from the code under test. */
  imports: string[]
}

/** A test file the harness cannot run as vitest would: the message names what is missing. */
export class UnsupportedTestError extends Error {
  override name = 'UnsupportedTestError'
}

export interface BundleOptions {
  /** Where packages the test imports (e.g. @iterlings/testing) are found: the exercise folder. */
  resolveDir: string
  /** How the file is named in messages and stack traces. */
  name: string
  /**
   * `preloaded`: the host loads @iterlings/platform's fill itself, before it freezes the built-ins
   * (the proof's child with --require, the grader's sandbox), so the test's import of it is left
   * empty: its 260 KB of core-js would only be parsed again for each test file. The browser
   * worker loads no fill of its own, so there it is bundled (the default).
   */
  platform?: 'preloaded' | 'bundled'
}

/**
 * `file` imports the code under test as `../src/...` (relative to its own folder's parent), as
 * every exercise's tests do; the same holds for hidden tests in `<hidden>/<slug>/`.
 */
export async function bundleTestFile(file: string, options: BundleOptions): Promise<TestBundle> {
  const srcDir = path.join(path.dirname(path.dirname(file)), 'src')
  let result: esbuild.BuildResult<{ write: false }>
  try {
    result = await esbuild.build({
      entryPoints: [file],
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'es2022',
      write: false,
      logLevel: 'silent',
      legalComments: 'none',
      plugins: [
        {
          name: 'harness-imports',
          setup(build: esbuild.PluginBuild) {
            build.onResolve({ filter: /^vitest$/ }, () => ({
              path: 'vitest',
              namespace: 'harness',
            }))
            build.onLoad({ filter: /.*/, namespace: 'harness' }, () => ({
              contents: `export { ${VITEST_EXPORTS.join(', ')} } from ${JSON.stringify(VITEST_SPECIFIER)}`,
              loader: 'js',
            }))
            if (options.platform === 'preloaded')
              build.onResolve({ filter: /^@iterlings\/platform$/ }, () => ({
                path: '@iterlings/platform',
                namespace: 'preloaded',
              }))
            build.onLoad({ filter: /.*/, namespace: 'preloaded' }, () => ({
              contents: '',
              loader: 'js',
            }))
            build.onResolve(
              { filter: new RegExp(`^${VITEST_SPECIFIER}$`) },
              (args: esbuild.OnResolveArgs) => ({
                path: args.path,
                external: true,
              }),
            )
            build.onResolve({ filter: /.*/ }, async (args: esbuild.OnResolveArgs) => {
              if (args.kind === 'entry-point' || args.pluginData === 'harness') return undefined
              if (isBuiltin(args.path))
                return { path: `node:${args.path.replace(/^node:/, '')}`, external: true }
              if (args.path.startsWith('.')) {
                const target = path.resolve(args.resolveDir, args.path)
                if (!path.relative(srcDir, target).startsWith('..'))
                  return { path: STUDENT_SPECIFIER, external: true }
                return undefined
              }
              // A package's own imports resolve as usual; a test file's from the exercise, wherever
              // the file is (hidden tests too).
              if (args.importer.split(path.sep).includes('node_modules')) return undefined
              const resolved = await build.resolve(args.path, {
                kind: args.kind,
                resolveDir: options.resolveDir,
                pluginData: 'harness',
              })
              return resolved.errors.length > 0
                ? { errors: resolved.errors }
                : { path: resolved.path }
            })
          },
        },
      ],
    })
  } catch (error) {
    throw new UnsupportedTestError(`${options.name}: ${describeFailure(error)}`)
  }
  const code = result.outputFiles[0]?.text ?? ''
  const problems = unsupportedUses(code)
  if (problems.length > 0)
    throw new UnsupportedTestError(
      `${options.name} uses what the grader's harness does not support: ${problems.join(', ')}`,
    )
  return { name: options.name, code, imports: importedNames(code, STUDENT_SPECIFIER) }
}

function describeFailure(error: unknown): string {
  const errors = (error as Partial<esbuild.BuildFailure>).errors
  if (!errors) return String(error)
  return errors
    .map(({ text }) => {
      const missing = /No matching export in "harness:vitest" for import "([^"]+)"/.exec(text)
      return missing
        ? `vitest's ${missing[1]} is not supported by the grader's harness (it supports ${VITEST_EXPORTS.join(', ')})`
        : text
    })
    .join('\n')
}

/** `{ a, b as c }` of every `import {…} from "<specifier>"` in esbuild's output: [exported, local]. */
function importBindings(code: string, specifier: string): Array<[string, string]> {
  const bindings: Array<[string, string]> = []
  const pattern = new RegExp(
    `import\\s*(?:\\*\\s*as\\s+([\\w$]+)|\\{([^}]*)\\})\\s*from\\s*${JSON.stringify(specifier).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`,
    'g',
  )
  for (const [, namespace, list] of code.matchAll(pattern)) {
    if (namespace) bindings.push(['*', namespace])
    for (const binding of (list ?? '').split(',')) {
      const [exported, local] = binding.trim().split(/\s+as\s+/)
      if (exported) bindings.push([exported, local ?? exported])
    }
  }
  return bindings
}

export function importedNames(code: string, specifier: string): string[] {
  return [...new Set(importBindings(code, specifier).map(([exported]) => exported))].filter(
    (name) => name !== '*',
  )
}

/** Members of the harness's exports that the harness does not have, and vitest-only matchers. */
function unsupportedUses(code: string): string[] {
  const problems = new Set<string>()
  const chains = (local: string) =>
    [
      ...code.matchAll(
        new RegExp(
          `(?<![\\w$.])${local.replace(/\$/g, '\\$')}((?:\\s*\\.\\s*[A-Za-z_$][\\w$]*)+)`,
          'g',
        ),
      ),
    ].map(([, chain = '']) =>
      chain
        .split('.')
        .map((part) => part.trim())
        .filter(Boolean),
    )
  const check = (exported: string, members: string[][]) => {
    const allowed = MEMBERS[exported as keyof typeof MEMBERS]
    if (!allowed) return
    for (const chain of members) {
      // describe/it chain modifiers (it.skip.each); vi and expect only have one level here.
      const checked = exported === 'vi' || exported === 'expect' ? chain.slice(0, 1) : chain
      for (const member of checked)
        if (!allowed.includes(member)) problems.add(`${exported}.${member}`)
    }
  }
  for (const [exported, local] of importBindings(code, VITEST_SPECIFIER)) {
    if (exported !== '*') {
      check(exported, chains(local))
      continue
    }
    for (const [first, ...rest] of chains(local)) {
      if (!first) continue
      if (!(VITEST_EXPORTS as readonly string[]).includes(first)) problems.add(first)
      else check(first, rest.length > 0 ? [rest] : [])
    }
  }
  for (const matcher of UNSUPPORTED_MATCHERS)
    if (new RegExp(`\\.\\s*${matcher}\\s*\\(`).test(code)) problems.add(`${matcher} (snapshots)`)
  if (/\.each\s*`/.test(code)) problems.add('each with a template-literal table (use an array)')
  return [...problems]
}
