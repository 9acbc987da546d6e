import { transformerTwoslash } from '@shikijs/vitepress-twoslash'
import { createFileSystemTypesCache } from '@shikijs/vitepress-twoslash/cache-fs'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { defineConfig, type DefaultTheme, type MarkdownOptions } from 'vitepress'
import { readCourse, repository } from './course.ts'
import { exercisePlugin } from './exercise-plugin.ts'
import { termsTaughtIn } from './glossary.ts'
import { outputPlugin } from './output-plugin.ts'
import { sucraseTypeScriptOnly } from './sucrase-typescript-only.ts'
import { tryItPlugin } from './try-it-plugin.ts'

type ShikiTransformer = NonNullable<MarkdownOptions['codeTransformers']>[number]

const course = readCourse()
const base = process.env.DOCS_BASE ?? '/'
/** Where the site is published (GitHub Pages of the repository), for the sitemap and link previews. */
const siteUrl = process.env.DOCS_SITE_URL ?? `https://iterlings.github.io${base}`
const terms = termsTaughtIn(base)
const siteDescription = 'Learn JavaScript and TypeScript iteration by making failing tests pass.'

const partItems = (part: 1 | 2 | 3): DefaultTheme.SidebarItem[] =>
  course.exercises
    .filter((exercise) => exercise.part === part)
    .map((exercise) => ({
      text: `${exercise.slug.slice(0, 2)} · ${exercise.title}`,
      link: exercise.docs,
    }))

// Students read the course from start to capstone, then Part III; instructors and contributors
// get their own sidebar, so the course's prev/next links never wander into grading.
const courseSidebar: DefaultTheme.SidebarItem[] = [
  { text: 'Start here', items: [{ text: 'Getting started', link: '/getting-started' }] },
  { text: 'Part I: the Python lesson, in TypeScript', items: partItems(1) },
  { text: 'Part II: beyond', items: partItems(2) },
  { text: "Part III: today's platform", items: partItems(3) },
]
const teachingSidebar: DefaultTheme.SidebarItem[] = [
  {
    text: 'For instructors',
    items: [
      { text: 'Overview', link: '/instructors/' },
      { text: 'Grade a class', link: '/instructors/grading' },
      { text: 'The student release', link: '/instructors/student-release' },
      { text: 'GitHub Classroom', link: '/instructors/github-classroom' },
      { text: 'A Classroom assignment on Actions', link: '/instructors/classroom-assignment' },
      { text: 'Gradescope', link: '/instructors/gradescope' },
    ],
  },
  {
    text: 'Contributing',
    items: [
      { text: 'Add an exercise', link: '/contributing' },
      { text: 'How we test the tests', link: '/testing-the-tests' },
      { text: 'Benchmarks', link: '/benchmarks' },
    ],
  },
]

export default defineConfig({
  title: 'iterlings',
  description: siteDescription,
  lang: 'en',
  base,
  cleanUrls: true,
  head: [['link', { rel: 'icon', type: 'image/svg+xml', href: `${base}logo.svg` }]],
  sitemap: { hostname: siteUrl },
  // What a link preview shows: each page's own title and description (from its frontmatter).
  transformHead({ pageData, title, description }) {
    if (pageData.isNotFound) return []
    const path = pageData.relativePath.replace(/(^|\/)index\.md$/, '$1').replace(/\.md$/, '')
    const url = new URL(path, siteUrl).href
    return [
      ['link', { rel: 'canonical', href: url }],
      ['meta', { property: 'og:type', content: path === '' ? 'website' : 'article' }],
      ['meta', { property: 'og:site_name', content: 'iterlings' }],
      ['meta', { property: 'og:title', content: title }],
      ['meta', { property: 'og:description', content: description }],
      ['meta', { property: 'og:url', content: url }],
      ['meta', { property: 'og:image', content: new URL('og.jpg', siteUrl).href }],
      ['meta', { name: 'twitter:card', content: 'summary' }],
    ]
  },
  markdown: {
    // Every token colour of these two meets WCAG AA (4.5:1) on VitePress's code block background,
    // #f6f6f7 light and #161618 dark; the default github-light/-dark do not (comments, keywords).
    theme: { light: 'github-light-high-contrast', dark: 'github-dark-default' },
    // Every TypeScript block is type-checked at build and shows types on hover. A block whose
    // error is the point marks it (`// @errors: 2322`); any other type error fails the build.
    codeTransformers: [
      // @shikijs/vitepress-twoslash 4 is typed against shiki 4, VitePress 1.6 against shiki 2; the
      // transformer hooks it uses are the same in both.
      transformerTwoslash({
        explicitTrigger: false,
        langs: ['ts', 'tsx'],
        typesCache: createFileSystemTypesCache(),
        twoslashOptions: {
          compilerOptions: {
            target: ts.ScriptTarget.ESNext,
            lib: ['lib.esnext.d.ts', 'lib.dom.d.ts'],
            strict: true,
            noUncheckedIndexedAccess: true,
            // Each block is its own module, so two examples may both declare `const letters`.
            moduleDetection: ts.ModuleDetectionKind.Force,
          },
        },
      }) as unknown as ShikiTransformer,
    ],
    config: (md) => md.use(tryItPlugin).use(outputPlugin),
  },
  // The theme prefetches the previous and next pages only (theme/prefetch.ts), not every link.
  router: { prefetchLinks: false },
  // Try it's workers load parts of themselves on demand (the TypeScript compiler, lib files).
  // The exercise panel's tests are bundled at build (exercise-plugin.ts).
  vite: {
    worker: { format: 'es', plugins: () => [sucraseTypeScriptOnly()] },
    // The exercise panel's node:stream (readable-stream) takes npm's process for its nextTick;
    // ours keeps Node's timing (theme/exercise/node/process.ts).
    resolve: {
      alias: [
        {
          find: /^process\/?$/,
          replacement: fileURLToPath(new URL('theme/exercise/node/process.ts', import.meta.url)),
        },
      ],
    },
    plugins: [exercisePlugin()],
  },
  themeConfig: {
    logo: '/logo.svg',
    nav: [
      { text: 'Course', link: '/getting-started', activeMatch: '^/(getting-started|part-)' },
      { text: 'For instructors', link: '/instructors/', activeMatch: '^/instructors/' },
      { text: 'Contributing', link: '/contributing' },
    ],
    sidebar: {
      '/instructors/': teachingSidebar,
      '/contributing': teachingSidebar,
      '/testing-the-tests': teachingSidebar,
      '/benchmarks': teachingSidebar,
      '/': courseSidebar,
    },
    socialLinks: [{ icon: 'github', link: repository }],
    editLink: { pattern: `${repository}/edit/main/docs/:path`, text: 'Improve this page' },
    outline: 'deep',
    search: {
      provider: 'local',
      options: {
        miniSearch: {
          // A section's `terms` are the glossary terms it teaches (glossary.ts), found at build;
          // the browser gets the index with them and only needs the field's name and boost.
          // VitePress types only part of MiniSearch's options, but passes them all on.
          options: {
            fields: ['title', 'titles', 'text', 'terms'],
            extractField: (document: Record<string, string>, field: string) =>
              field === 'terms' ? terms(document.id ?? '') : document[field],
          } as { extractField: (document: unknown, field: string) => string },
          // "Symbol.iterator" is two words to the index: find sections that have both.
          searchOptions: {
            combineWith: 'AND',
            boost: { terms: 50, title: 4, text: 2, titles: 1 },
          },
        },
      },
    },
    footer: { message: 'MIT licensed. Every example on this site is run and checked in CI.' },
  },
})
