/**
 * The code a sandbox runs, built once per grading run with esbuild: the host (./host.ts) with the
 * harness and @vitest/expect, as one script. A change to @vitest/spy keeps a spy's record read-only
 * (above); two changes to @vitest/expect close ways a student's value could pass for the expected
 * one:
 * - a value is an asymmetric matcher only if the library made it (a brand set in its constructor),
 *   not because it has an `asymmetricMatch` method;
 * - the tables it keeps on `globalThis` under `Symbol.for(…)` keys (its matchers, their state, the
 *   matcher factories) live on a private object instead, out of reach of any other code.
 */
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import * as esbuild from 'esbuild'

const here = path.dirname(fileURLToPath(import.meta.url))
// Under vitest this module runs from src/ (TypeScript); built, from dist/ (JavaScript).
const extension = path.extname(fileURLToPath(import.meta.url))

/** Where the private tables live: a function-local of the compiled script, inherits globalThis. */
const TABLES = '__iterlingsTables'

interface Patch {
  file: RegExp
  replacements: Array<[string, string]>
  /** Code added at the end of the module (what the replacements call). */
  append?: string
}

/**
 * A spy's record as the tests read it (spy.mock): frozen copies, so that code the spy is handed
 * to cannot empty or rewrite the calls a test counts (spy.mock.calls.length = 0).
 */
const READ_ONLY_STATE = `
function readOnlyState(state) {
  const frozen = (list, item) => Object.freeze(list.map(item));
  const view = {
    get calls() { return frozen(state.calls, (args) => Object.freeze([...args])); },
    get contexts() { return frozen(state.contexts, (context) => context); },
    get instances() { return frozen(state.instances, (instance) => instance); },
    get invocationCallOrder() { return frozen(state.invocationCallOrder, (order) => order); },
    get results() { return frozen(state.results, (result) => Object.freeze({ ...result })); },
    get settledResults() { return frozen(state.settledResults, (result) => Object.freeze({ ...result })); },
    get lastCall() { return view.calls.at(-1); },
  };
  return Object.freeze(view);
}`

const PATCHES: Patch[] = [
  {
    file: /@vitest[/\\]expect[/\\]dist[/\\]index\.js$/,
    replacements: [
      [
        'function isAsymmetric(obj) {\n\treturn !!obj && typeof obj === "object" && "asymmetricMatch" in obj && isA("Function", obj.asymmetricMatch);\n}',
        'const trustedMatchers = new WeakSet();\nfunction isAsymmetric(obj) {\n\treturn trustedMatchers.has(obj);\n}',
      ],
      [
        'constructor(sample, inverse = false) {\n\t\tthis.sample = sample;\n\t\tthis.inverse = inverse;\n\t}',
        'constructor(sample, inverse = false) {\n\t\tthis.sample = sample;\n\t\tthis.inverse = inverse;\n\t\ttrustedMatchers.add(this);\n\t}',
      ],
    ],
  },
  {
    file: /@vitest[/\\]spy[/\\]dist[/\\]index\.js$/,
    replacements: [
      [
        'Object.defineProperty(mock, "mock", {\n\t\tconfigurable: false,\n\t\tenumerable: true,\n\t\twritable: false,\n\t\tvalue: state\n\t});',
        'Object.defineProperty(mock, "mock", {\n\t\tconfigurable: false,\n\t\tenumerable: true,\n\t\twritable: false,\n\t\tvalue: readOnlyState(state)\n\t});',
      ],
    ],
    append: READ_ONLY_STATE,
  },
  // The harness reads the same tables (the matcher factories it copies onto expect).
  { file: /[/\\]harness[/\\]dist[/\\]runtime\.js$/, replacements: [] },
]

const patchVitestExpect: esbuild.Plugin = {
  name: 'private-expect-tables',
  setup(build) {
    for (const patch of PATCHES) {
      build.onLoad({ filter: patch.file }, async (args) => {
        let source = await readFile(args.path, 'utf8')
        for (const [from, to] of patch.replacements) {
          if (!source.includes(from))
            throw new Error(
              `${args.path} changed shape (no "${from.split('\n')[0]}"); update the grader's patch in src/sandbox/bundle.ts`,
            )
          source = source.replace(from, to)
        }
        if (patch.append) source += patch.append
        // A module-level binding shadows the global one for this module only (esbuild renames it).
        return { contents: `const globalThis = ${TABLES};\n${source}`, loader: 'js' }
      })
    }
  },
}

/** The host script: compiled by the boot line with `require` and `job` as its parameters. */
export async function buildHost(): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [path.join(here, `host${extension}`)],
    bundle: true,
    format: 'iife',
    platform: 'node',
    target: 'node20',
    write: false,
    logLevel: 'silent',
    legalComments: 'none',
    banner: { js: `"use strict";\nvar ${TABLES} = Object.create(globalThis);` },
    plugins: [patchVitestExpect],
  })
  const [file] = result.outputFiles
  if (!file) throw new Error('esbuild produced no host script')
  return file.text
}

/**
 * core-js keeps its shared store (the internal state of every iterator it makes, the sources its
 * Function.prototype.toString reports) on `globalThis.__core-js_shared__`: a frozen WeakMap still
 * takes `set`, so student code could rewrite that state. In the sandbox's fill the store is the
 * bundle's own, which no global leads to.
 */
const privateSharedStore: esbuild.Plugin = {
  name: 'iterlings:core-js-private-store',
  setup(build) {
    build.onLoad({ filter: /core-js[\\/]internals[\\/]shared-store\.js$/ }, async (args) => {
      const from = 'globalThis[SHARED] || defineGlobalProperty(SHARED, {})'
      const source = await readFile(args.path, 'utf8')
      if (!source.includes(from))
        throw new Error(
          `${args.path} changed shape (no "${from}"); update the grader's patch in src/sandbox/bundle.ts`,
        )
      return { contents: source.replace(from, '{}'), loader: 'js' }
    })
  },
}

/**
 * Today's built-ins the running Node lacks (@iterlings/platform's fill, from core-js) as one file,
 * which the sandbox loads with --require: before --frozen-intrinsics freezes the built-ins, and
 * the one file its permissions let it read.
 */
export async function buildPlatformFill(outfile: string): Promise<void> {
  await esbuild.build({
    entryPoints: [createRequire(import.meta.url).resolve('@iterlings/platform/preload')],
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    outfile,
    logLevel: 'silent',
    legalComments: 'none',
    plugins: [privateSharedStore],
  })
}
