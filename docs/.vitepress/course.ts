/** What the site takes from the course manifest, for the config (sidebar) and the theme (exercise cards). */
import { loadCourse, type Course } from '@iterlings/course'
import { fileURLToPath } from 'node:url'

export const repository = 'https://github.com/iterlings/iterlings'

export const readCourse = (): Course => loadCourse(fileURLToPath(new URL('../..', import.meta.url)))
