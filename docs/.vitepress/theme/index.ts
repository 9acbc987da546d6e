import TwoslashFloatingVue from '@shikijs/vitepress-twoslash/client'
import '@shikijs/vitepress-twoslash/style.css'
import type { Theme } from 'vitepress'
import DefaultTheme from 'vitepress/theme'
import Exercise from './Exercise.vue'
import { listenForTryIt } from './try-it/listen.ts'
import './style.css'

export default {
  extends: DefaultTheme,
  enhanceApp({ app }) {
    app.use(TwoslashFloatingVue)
    app.component('Exercise', Exercise)
    if (typeof document !== 'undefined') listenForTryIt(document)
  },
} satisfies Theme
