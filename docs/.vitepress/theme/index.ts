import TwoslashFloatingVue from '@shikijs/vitepress-twoslash/client'
import '@shikijs/vitepress-twoslash/style.css'
import { onContentUpdated, type Theme } from 'vitepress'
import DefaultTheme from 'vitepress/theme'
import { h } from 'vue'
import { applyCodeTab, syncCodeTabs } from './code-tabs.ts'
import Exercise from './Exercise.vue'
import NotFound from './NotFound.vue'
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
  },
  setup() {
    onContentUpdated(() => applyCodeTab(document))
  },
} satisfies Theme
