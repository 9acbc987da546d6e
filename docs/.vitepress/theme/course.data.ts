/** The course manifest, as the theme's components see it (only what a page shows). */
import { defineLoader } from 'vitepress'
import { readCourse, repository } from '../course.ts'

export interface CourseData {
  repository: string
  exercises: Array<{ slug: string; title: string; docs: string; points: number }>
}

declare const data: CourseData
export { data }

export default defineLoader({
  watch: ['../../../course.json'],
  load: (): CourseData => ({
    repository,
    exercises: readCourse().exercises.map(({ slug, title, docs, points }) => ({
      slug,
      title,
      docs,
      points,
    })),
  }),
})
