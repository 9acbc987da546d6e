/**
 * Runs an exercise's tests in this Node process, with nothing on disk: test files come as
 * bundles (see bundle.ts), the code under test as its source files. Each file becomes an ES
 * module of Node's `vm` (run with --experimental-vm-modules), linked by hand: 'vitest' is the
 * harness, `./src/index.ts` the code under test (fresh for each test file, as vitest evaluates it
 * once per file), `node:*` a short list of built-ins. TypeScript is stripped by sucrase, which
 * reads no tsconfig.json and no file: the code's own config files change nothing.
 */
import * as assert from 'node:assert'
import * as buffer from 'node:buffer'
import * as events from 'node:events'
import { isBuiltin } from 'node:module'
import * as nodePath from 'node:path'
import * as readline from 'node:readline'
import * as stream from 'node:stream'
import * as streamPromises from 'node:stream/promises'
import * as stringDecoder from 'node:string_decoder'
import * as timers from 'node:timers'
import * as timersPromises from 'node:timers/promises'
import * as url from 'node:url'
import * as util from 'node:util'
import path from 'node:path/posix'
import vm from 'node:vm'
import { transform } from 'sucrase'
import { STUDENT_SPECIFIER, VITEST_SPECIFIER, type TestBundle } from './bundle.ts'
import type { PlannedTest } from '@iterlings/run'
import type { Choice, Report, Runtime } from './runtime.ts'

/** The code under test: its files by path relative to its root, and the entry among them. */
export interface SourceFiles {
  files: Record<string, string>
  /** Default `index.ts`. */
  entry?: string
  /** How paths are shown to the student, default `src/`. */
  prefix?: string
}

/** Stand-in code under test: each name the tests import, a function that throws. */
export interface Stub {
  stub: string[]
}

export interface Exercise {
  files: TestBundle[]
  code: SourceFiles | Stub
}

/** Code under test that cannot be loaded: what the student reads. */
export class CompileError extends Error {
  override name = 'CompileError'
}

/** Node modules code under test may import: none reaches the file system, the network or a process. */
const BUILTINS: Record<string, object> = {
  assert,
  buffer,
  events,
  path: nodePath,
  readline,
  stream,
  'stream/promises': streamPromises,
  string_decoder: stringDecoder,
  timers,
  'timers/promises': timersPromises,
  url,
  util,
}
export const ALLOWED_BUILTINS = Object.keys(BUILTINS)

/**
 * The allowed built-ins' exports (imported when this module loads, before any code under test),
 * each read once: Node 20 defines some on first read (util.parseArgs, buffer.Blob), which it could
 * not do once a sandbox has frozen them.
 */
export function allowedBuiltins(): Record<string, object> {
  for (const exports of Object.values(BUILTINS))
    for (const name of Reflect.ownKeys(exports))
      void (exports as Record<PropertyKey, unknown>)[name]
  return { ...BUILTINS }
}

const EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.mjs', '.cjs', '.json']

export interface ModuleHost {
  /** Evaluates a setup file (e.g. the course's matchers), once, before any exercise. */
  setup(bundle: TestBundle): Promise<void>
  /** Collects, then runs, one exercise's tests with `runtime`, reporting every record. */
  runExercise(exercise: Exercise, choose?: (test: PlannedTest) => Choice): Promise<void>
}

export interface HostOptions {
  runtime: Runtime
  report: Report
  /** Built-in modules the code under test may import, by bare name ('path', not 'node:path'). */
  builtins: Record<string, object>
}

export function createModuleHost({ runtime, report, builtins }: HostOptions): ModuleHost {
  const synthetic = (identifier: string, exports: Record<string, unknown>) =>
    new vm.SyntheticModule(
      Object.keys(exports),
      function (this: vm.SyntheticModule) {
        for (const [name, value] of Object.entries(exports)) this.setExport(name, value)
      },
      { identifier },
    )
  const vitest = synthetic('vitest', runtime.vitest)
  const builtinModules = new Map<string, vm.Module>()
  const builtin = (specifier: string): vm.Module | undefined => {
    const name = specifier.replace(/^node:/, '')
    const exports = builtins[name]
    if (!exports) return undefined
    let module = builtinModules.get(name)
    if (!module) {
      module = synthetic(`node:${name}`, { ...exports })
      builtinModules.set(name, module)
    }
    return module
  }

  /** The entry module of a fresh copy of the code under test, its imports resolved (throws CompileError). */
  function loader(code: SourceFiles | Stub): () => vm.Module {
    if ('stub' in code) {
      return () =>
        synthetic(
          STUDENT_SPECIFIER,
          Object.fromEntries(
            code.stub.map((name) => [
              name,
              () => {
                throw new Error("the grader's stand-in for your code")
              },
            ]),
          ),
        )
    }
    const prefix = code.prefix ?? 'src/'
    const compiled = compileAll(code, prefix, builtin)
    const entry = code.entry ?? 'index.ts'
    if (!compiled.has(entry)) throw new CompileError(`${prefix}${entry} was not found`)
    return () => {
      const instances = new Map<string, vm.Module>()
      const instance = (file: string): vm.Module => {
        let module = instances.get(file)
        if (!module) {
          const unit = compiled.get(file) as Compiled
          module = unit.json
            ? synthetic(prefix + file, { default: JSON.parse(unit.code) })
            : new vm.SourceTextModule(unit.code, {
                identifier: prefix + file,
                importModuleDynamically: refuseDynamicImport,
              })
          instances.set(file, module)
        }
        return module
      }
      const entryModule = instance(entry)
      linkers.set(entryModule, (specifier, referrer) => {
        const from = referrer.identifier.slice(prefix.length)
        const target = compiled.get(from)?.imports.get(specifier)
        if (target === undefined) throw new CompileError(`cannot resolve "${specifier}"`)
        return typeof target === 'string' ? instance(target) : target
      })
      return entryModule
    }
  }
  /** How each student graph resolves its own imports (the test's linker hands them over). */
  const linkers = new WeakMap<vm.Module, (specifier: string, referrer: vm.Module) => vm.Module>()

  async function evaluate(bundle: TestBundle, student?: () => vm.Module): Promise<void> {
    const test = new vm.SourceTextModule(bundle.code, {
      identifier: bundle.name,
      importModuleDynamically: refuseDynamicImport,
    })
    let studentEntry: vm.Module | undefined
    let resolveStudent: ((specifier: string, referrer: vm.Module) => vm.Module) | undefined
    await test.link((specifier, referrer) => {
      if (referrer === test) {
        if (specifier === VITEST_SPECIFIER) return vitest
        if (specifier === STUDENT_SPECIFIER && student) {
          studentEntry ??= student()
          resolveStudent = linkers.get(studentEntry)
          return studentEntry
        }
        const module = builtin(specifier)
        if (module) return module
        throw new Error(`${bundle.name}: cannot import "${specifier}" under the harness`)
      }
      if (!resolveStudent) throw new Error(`unexpected import of "${specifier}"`)
      return resolveStudent(specifier, referrer)
    })
    await test.evaluate()
  }

  return {
    setup: (bundle) => evaluate(bundle),
    async runExercise(exercise, choose) {
      runtime.reset()
      report({ kind: 'begin' })
      let student: () => vm.Module
      try {
        student = loader(exercise.code)
      } catch (error) {
        report({ kind: 'error', message: String((error as Error).message ?? error) })
        report({ kind: 'plan', tests: [], details: [] })
        report({ kind: 'done' })
        return
      }
      for (const bundle of exercise.files)
        await runtime.collect(bundle.name, () => evaluate(bundle, student))
      const planned = runtime.planned()
      report({ kind: 'plan', tests: planned.map((test) => test.name), details: planned })
      await runtime.run(choose)
      report({ kind: 'done' })
    },
  }
}

function refuseDynamicImport(): never {
  throw new CompileError(
    'dynamic import() is not available: import your own files with a static import at the top',
  )
}

interface Compiled {
  code: string
  json: boolean
  /** Each specifier: a file of the code under test, or a built-in module. */
  imports: Map<string, string | vm.Module>
}

/**
 * Strips the types from every file the entry reaches and resolves every import, so that any
 * mistake is one clear compile error before a test runs. Only relative imports that stay inside
 * the code's root, and the allowed built-ins, resolve.
 */
function compileAll(
  code: SourceFiles,
  prefix: string,
  builtin: (specifier: string) => vm.Module | undefined,
): Map<string, Compiled> {
  const compiled = new Map<string, Compiled>()
  const pending = [code.entry ?? 'index.ts']
  while (pending.length > 0) {
    const file = pending.pop() as string
    if (compiled.has(file)) continue
    const source = code.files[file]
    if (source === undefined) continue
    const json = file.endsWith('.json')
    const unit: Compiled = {
      code: json ? source : strip(file, source, prefix),
      json,
      imports: new Map(),
    }
    compiled.set(file, unit)
    if (json) continue
    let specifiers: readonly string[]
    try {
      specifiers = new vm.SourceTextModule(unit.code, { identifier: prefix + file })
        .dependencySpecifiers
    } catch (error) {
      throw new CompileError(`${prefix}${file}: ${String((error as Error).message ?? error)}`)
    }
    for (const specifier of specifiers) {
      const target = resolve(code.files, file, specifier)
      if (target !== undefined) {
        unit.imports.set(specifier, target)
        pending.push(target)
        continue
      }
      const where = `${prefix}${file}`
      if (isBuiltin(specifier)) {
        const module = builtin(specifier)
        if (!module)
          throw new CompileError(
            `${where}: the Node module "${specifier}" is not available to graded code`,
          )
        unit.imports.set(specifier, module)
        continue
      }
      throw new CompileError(
        `${where}: "${specifier}" is outside your ${prefix.replace(/\/$/, '')}/ folder: graded code may import only its own files under ${prefix}`,
      )
    }
  }
  return compiled
}

function resolve(
  files: Record<string, string>,
  importer: string,
  specifier: string,
): string | undefined {
  if (!specifier.startsWith('./') && !specifier.startsWith('../')) return undefined
  const target = path.normalize(path.join(path.dirname(importer), specifier))
  if (target.startsWith('../') || target === '..') return undefined
  const base = target.replace(/\.(m|c)?js$/, '')
  const candidates = [
    target,
    ...EXTENSIONS.map((extension) => base + extension),
    ...EXTENSIONS.map((extension) => `${target}/index${extension}`),
  ]
  return candidates.find((candidate) => Object.hasOwn(files, candidate))
}

/**
 * `//# sourceURL=` (and `sourceMappingURL`, `//@`, `/*#`) renames a script in every stack trace:
 * student code could pass its frames off as a test file's. The comment is kept, disarmed.
 */
const MAGIC_COMMENT = /([#@]\s*source(?:Mapping)?URL)(\s*=)/g

function strip(file: string, source: string, prefix: string): string {
  const typescript = /\.(c|m)?tsx?$/.test(file)
  try {
    return transform(source, {
      transforms: typescript ? ['typescript'] : [],
      filePath: file,
      disableESTransforms: true,
    }).code.replace(MAGIC_COMMENT, '$1-disarmed$2')
  } catch (error) {
    // sucrase ends its messages with "(line:column)".
    const message = String((error as Error).message ?? error)
    const at = /\s*\((\d+):(\d+)\)$/.exec(message)
    throw new CompileError(
      at
        ? `${prefix}${file}:${at[1]}:${at[2]}: ${message.slice(0, at.index)}`
        : `${prefix}${file}: ${message}`,
    )
  }
}
