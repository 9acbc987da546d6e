import TwoslashFloatingVue from '@shikijs/vitepress-twoslash/client'
import '@shikijs/vitepress-twoslash/style.css'
import { onContentUpdated, withBase, type Theme } from 'vitepress'
import DefaultTheme from 'vitepress/theme'
import { h, onMounted } from 'vue'
import { applyCodeTab, syncCodeTabs } from './code-tabs.ts'
import { data as course } from './course.data.ts'
import Exercise from './Exercise.vue'
import NotFound from './NotFound.vue'
import { prefetchNeighbours } from './prefetch.ts'
import { followProgress, markDoneExercises } from './sidebar-progress.ts'
import { listenForTypeHovers, prepareTypeHovers } from './type-hovers.ts'
import { listenForTryIt } from './try-it/listen.ts'
import './style.css'

export default {
  extends: DefaultTheme,
  Layout: () => h(DefaultTheme.Layout, null, { 'not-found': () => h(NotFound) }),
  enhanceApp({ app }) {
    app.use(TwoslashFloatingVue)
    app.component('Exercise', Exercise)
    if (typeof document === 'undefined') return
    listenForTryIt(document)
    syncCodeTabs(document)
    listenForTypeHovers(document)
  },
  setup() {
    const markDone = () => markDoneExercises(document, course.exercises, withBase('/'))
    onContentUpdated(() => {
      markDone()
      applyCodeTab(document)
      prepareTypeHovers(document)
      prefetchNeighbours(document, withBase('/'))
    })
    onMounted(() => {
      followProgress(markDone)
      // The search button's visible "Ctrl K" is a shortcut, not part of its name: its name is its
      // text, "Search" (WCAG's label in name), and the keys are announced as its shortcut.
      for (const keys of document.querySelectorAll('.DocSearch-Button-Keys')) {
        const button = keys.closest('button')
        keys.setAttribute('aria-hidden', 'true')
        button?.removeAttribute('aria-label')
        button?.setAttribute('aria-keyshortcuts', 'Control+K Meta+K')
      }
    })
  },
} satisfies Theme
