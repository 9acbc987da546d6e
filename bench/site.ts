/**
 * The docs site: how long `vitepress build` takes, beside a one-page VitePress site built the same
 * way, then the site's budgets (docs/scripts/measure.mjs: first-load JS, Try it) measured on that
 * very build.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { externalRows } from './lib/external.ts'
import { timeOnce } from './lib/measure.ts'
import { seconds, times, type Row } from './lib/rows.ts'

export function site(root: string): Row[] {
  const docs = path.join(root, 'docs')
  const vitepress = path.join(docs, 'node_modules', '.bin', 'vitepress')
  // The build goes to a folder of its own, never replacing docs/.vitepress/dist under someone's
  // browser tests. The one-page site sits in the docs package's (ignored) cache folder, where it
  // resolves VitePress's dependencies as the real site does.
  const dist = mkdtempSync(path.join(os.tmpdir(), 'iterlings-bench-site-'))
  const onePage = path.join(docs, '.vitepress', 'cache', 'bench-one-page')
  try {
    const build = timeOnce(vitepress, ['build', '--outDir', dist], { cwd: docs })
    mkdirSync(onePage, { recursive: true })
    writeFileSync(path.join(onePage, 'index.md'), '# One page\n')
    const onePageBuild = timeOnce(vitepress, ['build', onePage], { cwd: docs })
    const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) =>
      file.endsWith('.html'),
    ).length
    return [
      {
        area: 'Site',
        benchmark: `docs build (\`vitepress build\`, ${pages} pages, every TypeScript block type-checked)`,
        measured: seconds(build.ms),
        baseline: `${seconds(onePageBuild.ms)} a one-page VitePress site`,
        ratio: times(build.ms / onePageBuild.ms),
        target: 'for reference',
        note: "twoslash's type cache as earlier builds left it",
      },
      ...externalRows('node', ['scripts/measure.mjs', '--json'], {
        cwd: docs,
        env: { ...process.env, DOCS_DIST: dist },
      }),
    ]
  } finally {
    rmSync(dist, { recursive: true, force: true })
    rmSync(onePage, { recursive: true, force: true })
  }
}
