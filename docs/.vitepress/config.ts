import { transformerTwoslash } from '@shikijs/vitepress-twoslash'
import { createFileSystemTypesCache } from '@shikijs/vitepress-twoslash/cache-fs'
import ts from 'typescript'
import { defineConfig, type DefaultTheme, type MarkdownOptions } from 'vitepress'
import { readCourse, repository } from './course.ts'
import { tryItPlugin } from './try-it-plugin.ts'

type ShikiTransformer = NonNullable<MarkdownOptions['codeTransformers']>[number]

const course = readCourse()
const base = process.env.DOCS_BASE ?? '/'

const partItems = (part: 1 | 2): DefaultTheme.SidebarItem[] =>
  course.exercises
    .filter((exercise) => exercise.part === part)
    .map((exercise) => ({
      text: `${exercise.slug.slice(0, 2)} · ${exercise.title}`,
      link: exercise.docs,
    }))

// Students read the course from start to capstone; instructors and contributors get their own
// sidebar, so the course's prev/next links never wander into grading.
const courseSidebar: DefaultTheme.SidebarItem[] = [
  { text: 'Start here', items: [{ text: 'Getting started', link: '/getting-started' }] },
  { text: 'Part I: the Python lesson, in TypeScript', items: partItems(1) },
  { text: 'Part II: beyond', items: partItems(2) },
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
  description: 'Learn JavaScript and TypeScript iteration by making failing tests pass.',
  lang: 'en',
  base,
  cleanUrls: true,
  head: [['link', { rel: 'icon', type: 'image/svg+xml', href: `${base}logo.svg` }]],
  markdown: {
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
    config: (md) => md.use(tryItPlugin),
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
      // "Symbol.iterator" is two words to the index: find sections that have both.
      options: { miniSearch: { searchOptions: { combineWith: 'AND' } } },
    },
    footer: { message: 'MIT licensed. Every example on this site is run and checked in CI.' },
  },
})
