import { loadCourse } from '@iterlings/course'
import { defineConfig } from 'vitepress'

const course = loadCourse(new URL('../..', import.meta.url).pathname)
const partItems = (part: 1 | 2) =>
  course.exercises
    .filter((exercise) => exercise.part === part)
    .map((exercise) => ({
      text: `${exercise.slug.slice(0, 2)} · ${exercise.title}`,
      link: exercise.docs,
    }))

export default defineConfig({
  title: 'iterlings',
  description: 'Learn JavaScript and TypeScript iteration by making failing tests pass.',
  base: process.env.DOCS_BASE ?? '/',
  cleanUrls: true,
  themeConfig: {
    nav: [{ text: 'Getting started', link: '/getting-started' }],
    sidebar: [
      { text: 'Start here', items: [{ text: 'Getting started', link: '/getting-started' }] },
      { text: 'Part I: the Python lesson, in TypeScript', items: partItems(1) },
      { text: 'Part II: beyond', items: partItems(2) },
    ],
    search: { provider: 'local' },
  },
})
