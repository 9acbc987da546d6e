/// <reference types="vitepress/client" />

declare module '*.vue' {
  import type { DefineComponent } from 'vue'
  const component: DefineComponent
  export default component
}

declare module 'virtual:exercise' {
  import type { ExerciseTests } from './exercise/messages.ts'
  /** One loader for each exercise the browser can run (exercise-plugin.ts). */
  export const loaders: Record<string, () => Promise<{ default: ExerciseTests }>>
}
