/**
 * Type-checks an edited example with the TypeScript compiler, in a worker of its own so that
 * running the code never waits for it. The compiler (about 1 MB gzipped) and the lib files it
 * needs are fetched the first time a reader runs an example, never before. The options are the
 * ones the site's build checks every example with (config.ts): ESNext and the DOM, strict, each
 * example a module.
 */
import type ts from 'typescript'
import type { Diagnostic } from './messages.ts'

const libFiles = import.meta.glob<string>('/node_modules/typescript/lib/lib.*.d.ts', {
  query: '?raw',
  import: 'default',
})
const rootLibs = ['lib.esnext.d.ts', 'lib.dom.d.ts']
const libDir = '/node_modules/typescript/lib/'
const fileName = '/example.ts'

let compiler: Promise<typeof ts> | undefined
const libs = new Map<string, string>()

/** Fetches a lib file and every lib it references, once. */
async function loadLib(name: string): Promise<void> {
  if (libs.has(name)) return
  const load = libFiles[libDir + name]
  if (!load) throw new Error(`Try it: TypeScript has no ${name}`)
  libs.set(name, '')
  const text = await load()
  libs.set(name, text)
  const references = [...text.matchAll(/^\/\/\/\s*<reference lib="([^"]+)"/gm)]
  await Promise.all(references.map(([, lib = '']) => loadLib(`lib.${lib.toLowerCase()}.d.ts`)))
}

async function check(
  code: string,
  checks: Record<string, boolean>,
  declarations: string[],
): Promise<Diagnostic[]> {
  compiler ??= import('typescript').then(async (module) => {
    await Promise.all(rootLibs.map(loadLib))
    return (module as { default?: typeof ts }).default ?? (module as typeof ts)
  })
  const typescript = await compiler
  const options: ts.CompilerOptions = {
    target: typescript.ScriptTarget.ESNext,
    module: typescript.ModuleKind.ESNext,
    lib: rootLibs,
    strict: true,
    noUncheckedIndexedAccess: true,
    moduleDetection: typescript.ModuleDetectionKind.Force,
    types: [],
    ...checks,
    noEmit: true,
  }
  const source = typescript.createSourceFile(fileName, code, typescript.ScriptTarget.ESNext, true)
  const extra = new Map(declarations.map((text, index) => [`/declarations-${index}.d.ts`, text]))
  const host: ts.CompilerHost = {
    getSourceFile: (name, target) => {
      if (name === fileName) return source
      const declared = extra.get(name)
      if (declared !== undefined) return typescript.createSourceFile(name, declared, target)
      const text = libs.get(name.slice(name.lastIndexOf('/') + 1))
      return text === undefined ? undefined : typescript.createSourceFile(name, text, target)
    },
    getDefaultLibFileName: () => libDir + 'lib.d.ts',
    getDefaultLibLocation: () => libDir,
    writeFile: () => {},
    getCurrentDirectory: () => '/',
    getCanonicalFileName: (name) => name,
    useCaseSensitiveFileNames: () => true,
    getNewLine: () => '\n',
    fileExists: (name) =>
      name === fileName || extra.has(name) || libs.has(name.slice(name.lastIndexOf('/') + 1)),
    readFile: () => undefined,
    directoryExists: () => true,
    getDirectories: () => [],
  }
  const program = typescript.createProgram([fileName, ...extra.keys()], options, host)
  return typescript.getPreEmitDiagnostics(program, source).map((diagnostic) => {
    const from = diagnostic.start ?? 0
    const { line, character } = source.getLineAndCharacterOfPosition(from)
    return {
      line: line + 1,
      column: character + 1,
      from,
      to: from + (diagnostic.length ?? 0),
      code: diagnostic.code,
      message: typescript.flattenDiagnosticMessageText(diagnostic.messageText, '\n'),
    }
  })
}

type Job = { id: number; code: string; checks?: Record<string, boolean>; declarations?: string[] }
self.addEventListener('message', async (event: MessageEvent<Job>) => {
  const { id, code, checks = {}, declarations = [] } = event.data
  try {
    self.postMessage({ id, diagnostics: await check(code, checks, declarations) })
  } catch (error) {
    self.postMessage({ id, failed: String(error) })
  }
})
