/**
 * Turns TypeScript into the three files a sandbox runs, with esbuild:
 * - the harness (once per grading run): our stand-in for vitest on top of @vitest/expect;
 * - the tests (once per exercise): the course's test files, plus hidden ones, plus
 *   @iterlings/testing, with `vitest` pointing at the harness and `../src/` at the student;
 * - the student's code (once per student and exercise), confined to that student's src/.
 */
import { realpathSync } from 'node:fs'
import { createRequire, isBuiltin } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import * as esbuild from 'esbuild'

/** Node modules a student's code may import; the permission model guards what they can reach. */
export const ALLOWED_BUILTINS = [
  'assert',
  'buffer',
  'events',
  'fs',
  'fs/promises',
  'path',
  'readline',
  'stream',
  'stream/promises',
  'string_decoder',
  'timers',
  'timers/promises',
  'url',
  'util',
] as const

export const RUNTIME_FILE = 'runtime.mjs'
export const SETUP_FILE = 'setup.mjs'
export const MAIN_FILE = 'main.mjs'
/** The files every sandbox shares, built once per grading run. */
export const HARNESS_FILES = [RUNTIME_FILE, SETUP_FILE, MAIN_FILE]
export const TESTS_FILE = 'tests.mjs'
export const STUDENT_FILE = 'student.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))
// Under vitest this module runs from src/ (TypeScript); built, from dist/ (JavaScript).
const sourceExtension = path.extname(fileURLToPath(import.meta.url))
const require = createRequire(import.meta.url)

const common = {
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  write: false,
  logLevel: 'silent',
  legalComments: 'none',
} satisfies esbuild.BuildOptions

function text(result: esbuild.BuildResult<{ write: false }>): string {
  const [file] = result.outputFiles
  if (!file) throw new Error('esbuild produced no output')
  return file.text
}

/**
 * The harness: runtime.mjs (the 'vitest' the tests import), setup.mjs (the course's matchers, then
 * the lock) and main.mjs (the entry, which evaluates setup.mjs before the tests and so before any
 * student module).
 */
export async function buildHarness(): Promise<Record<string, string>> {
  const runtime = await esbuild.build({
    ...common,
    entryPoints: [path.join(here, 'harness', `runtime${sourceExtension}`)],
    plugins: [guardAsymmetricMatchers],
  })
  const setup = await esbuild.build({
    ...common,
    stdin: {
      contents: `import '@iterlings/testing/setup'\nimport { lock } from 'vitest'\nlock()`,
      resolveDir: here,
      loader: 'js',
      sourcefile: 'setup',
    },
    plugins: [externalAs(/^vitest$/, `./${RUNTIME_FILE}`), testingPackage],
  })
  const main = await esbuild.build({
    ...common,
    entryPoints: [path.join(here, 'harness', `main${sourceExtension}`)],
    plugins: [
      externalAs(/\/runtime\.(ts|js)$/, `./${RUNTIME_FILE}`),
      externalAs(/^\.\/(setup|tests)\.mjs$/, (args) => args.path),
    ],
  })
  return { [RUNTIME_FILE]: text(runtime), [SETUP_FILE]: text(setup), [MAIN_FILE]: text(main) }
}

/** @iterlings/testing as the grader resolves it, wherever the test files are. */
const testingPackage: esbuild.Plugin = {
  name: 'iterlings-testing',
  setup(build) {
    build.onResolve({ filter: /^@iterlings\/testing(\/.*)?$/ }, (args) => ({
      path: require.resolve(args.path),
    }))
  },
}

/**
 * @vitest/expect treats any object with an `asymmetricMatch` method as a matcher, so a student's
 * value `{ asymmetricMatch: () => true }` would equal anything. In the graded build only the
 * library's own matchers (instances of its AsymmetricMatcher class) count.
 */
const guardAsymmetricMatchers: esbuild.Plugin = {
  name: 'guard-asymmetric-matchers',
  setup(build) {
    build.onLoad({ filter: /@vitest[/\\]expect[/\\]dist[/\\]index\.js$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises')
      const source = await readFile(args.path, 'utf8')
      const original = 'function isAsymmetric(obj) {\n\treturn !!obj &&'
      if (!source.includes(original)) {
        throw new Error(
          `${args.path}: isAsymmetric() changed shape; update the grader's guard-asymmetric-matchers plugin`,
        )
      }
      return {
        contents: source.replace(
          original,
          'function isAsymmetric(obj) {\n\treturn obj instanceof AsymmetricMatcher &&',
        ),
        loader: 'js',
      }
    })
  },
}

function externalAs(
  filter: RegExp,
  replacement: string | ((args: esbuild.OnResolveArgs) => string),
): esbuild.Plugin {
  return {
    name: `external-as-${String(filter)}`,
    setup(build) {
      build.onResolve({ filter }, (args) => ({
        path: typeof replacement === 'string' ? replacement : replacement(args),
        external: true,
      }))
    },
  }
}

export interface TestSources {
  /** Absolute paths of the test files: the course's, then hidden ones. */
  files: string[]
}

/**
 * One exercise's tests as tests.mjs: each test file in turn. Imports of a test file's `../src/...`
 * become the student's bundle.
 */
export async function buildTests({ files }: TestSources): Promise<string> {
  const entry = files.map((file) => `import ${JSON.stringify(file)}`).join('\n')
  const result = await esbuild.build({
    ...common,
    stdin: { contents: entry, resolveDir: here, loader: 'js', sourcefile: 'tests' },
    plugins: [
      testingPackage,
      {
        name: 'tests',
        setup(build) {
          build.onResolve({ filter: /^vitest$/ }, () => ({
            path: `./${RUNTIME_FILE}`,
            external: true,
          }))
          build.onResolve({ filter: /^\.\.?\// }, (args) => {
            const target = path.resolve(args.resolveDir, args.path)
            const testRoot = path.dirname(path.dirname(args.importer))
            const inSrc = path.relative(path.join(testRoot, 'src'), target)
            if (files.includes(args.importer) && !inSrc.startsWith('..')) {
              return { path: `./${STUDENT_FILE}`, external: true }
            }
            return undefined
          })
        },
      },
    ],
  })
  return text(result)
}

/**
 * A stand-in for the student's module with every name the tests import from it, each a function
 * that throws. The grader collects the list of tests with it, so that list never depends on any
 * student's code (nor on the course's own src/, which in a student's repository is their work).
 */
export function stubStudent(testsCode: string): string {
  const names = new Set<string>()
  const imports = new RegExp(`import\\s*\\{([^}]*)\\}\\s*from\\s*"\\./${STUDENT_FILE}"`, 'g')
  for (const [, list = ''] of testsCode.matchAll(imports)) {
    for (const binding of list.split(',')) {
      const name = binding.trim().split(/\s+as\s+/)[0]
      if (name) names.add(name)
    }
  }
  const stub = 'function () { throw new Error("the grader\'s stand-in for your code") }'
  return [...names].map((name) => `export const ${name} = ${stub}`).join('\n') + '\n'
}

/** A student's code failed to compile: what a student reads in their feedback. */
export class CompileError extends Error {
  override name = 'CompileError'
}

/**
 * The student's `src/index.ts` and what it imports, confined to `srcDir`. Anything else is a compile
 * error that names the import: the tests, the solution, another student's files, vitest.
 */
export async function buildStudent(srcDir: string): Promise<string> {
  const root = realpathSync(srcDir)
  const entry = path.join(root, 'index.ts')
  let result: esbuild.BuildResult<{ write: false }>
  try {
    result = await esbuild.build({
      ...common,
      entryPoints: [entry],
      absWorkingDir: root,
      plugins: [confineTo(root)],
    })
  } catch (error) {
    throw new CompileError(describeBuildFailure(error))
  }
  const code = text(result)
  // With eval switched off, a dynamic import is the one way left to load a module at run time.
  const dynamicImport = /\bimport\s*\(/.exec(code)
  if (dynamicImport) {
    throw new CompileError(
      'dynamic import() is not allowed in graded code: import your own files with a static import at the top',
    )
  }
  return code
}

function confineTo(root: string): esbuild.Plugin {
  const allowed = new Set<string>(ALLOWED_BUILTINS)
  const inside = (file: string) => !path.relative(root, file).startsWith('..')
  return {
    name: 'confine-to-src',
    setup(build) {
      build.onResolve({ filter: /.*/ }, async (args) => {
        if (args.kind === 'entry-point' || args.pluginData === 'confined') return undefined
        if (isBuiltin(args.path)) {
          const name = args.path.replace(/^node:/, '')
          if (allowed.has(name)) return { path: `node:${name}`, external: true }
          return refuse(args, `the Node module "${args.path}" is not available to graded code`)
        }
        const outside = `"${args.path}" is outside your src/ folder: graded code may import only its own files under src/`
        if (!args.path.startsWith('.') || !inside(path.resolve(args.resolveDir, args.path)))
          return refuse(args, outside)
        const resolved = await build.resolve(args.path, {
          kind: args.kind,
          importer: args.importer,
          resolveDir: args.resolveDir,
          pluginData: 'confined',
        })
        if (resolved.errors.length > 0) return { errors: resolved.errors }
        // A link inside src/ must not lead out of it either.
        const real = realpathSync(resolved.path)
        return inside(real) ? { path: real } : refuse(args, outside)
      })
    },
  }
}

function refuse(args: esbuild.OnResolveArgs, text: string): esbuild.OnResolveResult {
  return { errors: [{ text, detail: args.importer }] }
}

/** "src/index.ts:3:7: message" lines, paths relative to the student's src/. */
function describeBuildFailure(error: unknown): string {
  const failure = error as Partial<esbuild.BuildFailure>
  if (!failure.errors) return String(error)
  return failure.errors
    .map(({ text: message, location }) => {
      if (!location) return message
      const file = path.join('src', location.file)
      return `${file}:${location.line}:${location.column + 1}: ${message}`
    })
    .join('\n')
}
