/**
 * Type-checks an exercise as its `pnpm typecheck` would, but only the student's part: src/ and the
 * tests (whose types.test-d.ts holds the type tests, checked by tsc alone). One TypeScript builder
 * program is kept per exercise and fed the previous one, so after a save only what the save
 * affects is checked again, and the libraries' declarations are parsed once per process.
 */
import { createHash } from 'node:crypto'
import path from 'node:path'
import ts from 'typescript'
import type { TypeReport } from './report.ts'

/** Parsed declaration files outside any exercise (lib.d.ts, @types/node, vitest): they never change. */
const libraries = new Map<string, ts.SourceFile>()

export class ExerciseTypes {
  #builder: ts.SemanticDiagnosticsBuilderProgram | undefined
  #host: ts.CompilerHost | undefined
  readonly #own = new Map<string, { hash: string; file: ts.SourceFile }>()

  constructor(readonly dir: string) {}

  /**
   * Checks the exercise. The files a save affects are checked one at a time; as soon as one has an
   * error, `early` hears of it, so the first error shows before the remaining files are done.
   */
  check(early?: (report: TypeReport) => void): TypeReport {
    const started = performance.now()
    const config = this.#config()
    const roots = config.fileNames.filter((file) => isStudentFile(this.dir, file))
    const host = (this.#host ??= this.#createHost(config.options))
    const program = (this.#builder = ts.createSemanticDiagnosticsBuilderProgram(
      roots,
      config.options,
      host,
      this.#builder,
      ts.getConfigFileParsingDiagnostics(config),
    ))
    const report = (diagnostics: readonly ts.Diagnostic[], complete: boolean): TypeReport => {
      const errors = diagnostics
        .filter(({ category }) => category === ts.DiagnosticCategory.Error)
        .map((diagnostic) => describe(diagnostic))
        .sort(this.#readingOrder)
      return {
        errors: errors.length,
        ...(errors[0] && { first: errors[0] }),
        complete,
        durationMs: performance.now() - started,
      }
    }
    const before = [
      ...program.getConfigFileParsingDiagnostics(),
      ...program.getOptionsDiagnostics(),
      ...program.getSyntacticDiagnostics(),
    ]
    const found = [...before]
    for (;;) {
      const next = program.getSemanticDiagnosticsOfNextAffectedFile()
      if (!next) break
      found.push(...next.result)
      if (early && next.result.some(({ category }) => category === ts.DiagnosticCategory.Error))
        early(report(found, false))
    }
    return report([...before, ...program.getSemanticDiagnostics()], true)
  }

  #createHost(options: ts.CompilerOptions): ts.CompilerHost {
    const host = ts.createCompilerHost(options)
    host.getSourceFile = (fileName, languageVersion, onError) =>
      this.#sourceFile(fileName, languageVersion, onError)
    return host
  }

  #config(): ts.ParsedCommandLine {
    const file = path.join(this.dir, 'tsconfig.json')
    const problems: ts.Diagnostic[] = []
    const config = ts.getParsedCommandLineOfConfigFile(
      file,
      { noEmit: true, declaration: true },
      { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (problem) => problems.push(problem) },
    )
    if (!config) {
      const [problem] = problems
      throw new Error(
        `cannot read ${file}: ${problem ? ts.flattenDiagnosticMessageText(problem.messageText, ' ') : 'unknown error'}`,
      )
    }
    return config
  }

  /** The exercise's own files are read again each time (cheap); a file whose text is unchanged keeps its parse. */
  #sourceFile(
    fileName: string,
    languageVersion: ts.ScriptTarget | ts.CreateSourceFileOptions,
    onError?: (message: string) => void,
  ): ts.SourceFile | undefined {
    const inExercise = isInside(this.dir, fileName)
    if (!inExercise) {
      const known = libraries.get(fileName)
      if (known) return known
    }
    const text = ts.sys.readFile(fileName)
    if (text === undefined) {
      onError?.(`cannot read ${fileName}`)
      this.#own.delete(fileName)
      return undefined
    }
    const hash = createHash('sha1').update(text).digest('hex')
    const own = this.#own.get(fileName)
    if (inExercise && own?.hash === hash) return own.file
    const file = ts.createSourceFile(fileName, text, languageVersion)
    // The builder tells changed files from unchanged ones by this version.
    ;(file as ts.SourceFile & { version: string }).version = hash
    if (inExercise) this.#own.set(fileName, { hash, file })
    else libraries.set(fileName, file)
    return file
  }

  /** src/ before the tests: a type test fails because of the student's code, which is where to look. */
  readonly #readingOrder = (a: TypeError, b: TypeError) =>
    rank(this.dir, a.file) - rank(this.dir, b.file) ||
    a.file.localeCompare(b.file) ||
    a.line - b.line ||
    a.column - b.column
}

type TypeError = NonNullable<TypeReport['first']>

function describe(diagnostic: ts.Diagnostic): TypeError {
  const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')
  const { file, start } = diagnostic
  if (!file || start === undefined) return { file: '', line: 0, column: 0, message }
  const { line, character } = file.getLineAndCharacterOfPosition(start)
  const text = file.text.split(/\r?\n/)[line]
  return {
    file: path.resolve(file.fileName),
    line: line + 1,
    column: character + 1,
    message,
    ...(text !== undefined && { text }),
  }
}

const isInside = (dir: string, file: string) => {
  const relative = path.relative(dir, file)
  return !relative.startsWith('..') && !path.isAbsolute(relative)
}

/** src/ and test/: not the solution or mistakes, which the student's copy may not even have. */
const isStudentFile = (dir: string, file: string) => rank(dir, file) < 2

const rank = (dir: string, file: string) => {
  const [top] = path.relative(dir, file).split(/[\\/]/)
  return top === 'src' ? 0 : top === 'test' ? 1 : 2
}
