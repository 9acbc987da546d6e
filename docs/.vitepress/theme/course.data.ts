/** The course manifest, as the theme's components see it (only what a page shows). */
import { defineLoader } from 'vitepress'
import { nodeModuleOfTests, readCourse, repository } from '../course.ts'

export interface CourseData {
  repository: string
  exercises: Array<{
    slug: string
    title: string
    docs: string
    points: number
    /** The Node module its tests import, for an exercise that runs on Node only (no panel). */
    nodeOnly?: string
  }>
}

declare const data: CourseData
export { data }

export default defineLoader({
  watch: ['../../../course.json'],
  load: (): CourseData => ({
    repository,
    exercises: readCourse().exercises.map(({ slug, title, docs, points, dir }) => {
      const nodeOnly = nodeModuleOfTests(dir)
      return { slug, title, docs, points, ...(nodeOnly && { nodeOnly }) }
    }),
  }),
})
