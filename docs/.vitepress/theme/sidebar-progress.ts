/**
 * A mark in the sidebar on each concept page whose exercise is done in this browser (the panel
 * keeps that, exercise/progress.ts). The links are VitePress's: the mark is an attribute, which
 * Vue leaves alone when it patches their classes, drawn by style.css with a text alternative.
 */
import { isDone, PROGRESS_EVENT } from './exercise/progress.ts'

export interface ExercisePage {
  slug: string
  /** Its concept page as the base-less path course.json gives: "/part-1/for-of". */
  docs: string
}

export function markDoneExercises(root: Document, exercises: ExercisePage[], base: string): void {
  const slugOf = new Map(exercises.map(({ slug, docs }) => [base.replace(/\/$/, '') + docs, slug]))
  for (const link of root.querySelectorAll<HTMLAnchorElement>('.VPSidebar a[href]')) {
    const slug = slugOf.get(new URL(link.href).pathname.replace(/\.html$/, ''))
    if (slug && isDone(slug)) link.dataset.exerciseDone = ''
    else delete link.dataset.exerciseDone
  }
}

/** Marks again whenever an exercise's done changes, in this tab or another one. */
export function followProgress(mark: () => void): void {
  window.addEventListener(PROGRESS_EVENT, mark)
  window.addEventListener('storage', (event) => {
    if (event.key === null || event.key.startsWith('iterlings:done:')) mark()
  })
}
