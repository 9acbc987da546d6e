/**
 * The vitest config every exercise uses. Tests always import the student's entry,
 * `src/index.ts`; setting ITERLINGS_TARGET points those imports somewhere else instead:
 * `solution` (a folder that mirrors src/) or `mistakes/<name>.ts` (one file that stands in
 * for src/index.ts). That is how the proof, mutation testing and the grader run the same
 * tests against other code without copying it.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig, type ViteUserConfig } from 'vitest/config'

type Plugin = NonNullable<ViteUserConfig['plugins']>[number]

export const TARGET_VARIABLE = 'ITERLINGS_TARGET'

export function exerciseConfig(exerciseUrl: string): ViteUserConfig {
  const exerciseDir = path.dirname(fileURLToPath(exerciseUrl))
  return defineConfig({
    plugins: [redirectStarter(exerciseDir)],
    test: {
      include: ['test/**/*.test.ts'],
      setupFiles: ['./setup.js', './vitest-stacks.js'].map((file) =>
        fileURLToPath(new URL(file, import.meta.url)),
      ),
      pool: 'forks',
    },
  })
}

/**
 * Resolves imports of `<exercise>/src/...` to the same path under the target (a folder) or to the
 * target itself (a file). The target is read at each import, not once, so one vitest instance can
 * run the tests against one target after another (the proof does).
 */
export function redirectStarter(exerciseDir: string): Plugin {
  const srcDir = path.join(exerciseDir, 'src')
  return {
    name: 'iterlings:redirect-starter',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      const target = process.env[TARGET_VARIABLE]
      if (!target) return null
      const destination = path.resolve(exerciseDir, target)
      const toFile = path.extname(destination) !== ''
      if (!importer || importer.startsWith(destination)) return null
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true })
      if (!resolved) return null
      const relative = path.relative(srcDir, resolved.id)
      if (relative.startsWith('..') || path.isAbsolute(relative)) return null
      return toFile ? destination : path.join(destination, relative)
    },
  }
}
