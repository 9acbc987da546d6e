/**
 * The code editor of every panel that lets a reader edit and run code (Try it and the exercise
 * panel): CodeMirror 6 with TypeScript highlighting in the site's AA-contrast colours, line
 * numbers (errors cite lines), undo, bracket matching, Ctrl/Cmd+Enter to run, and TypeScript's
 * diagnostics underlined. Tab is left to move focus, so the editor is no keyboard trap.
 */
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands'
import {
  bracketMatching,
  HighlightStyle,
  StreamLanguage,
  syntaxHighlighting,
} from '@codemirror/language'
import { typescript } from '@codemirror/legacy-modes/mode/javascript'
import { lintGutter, setDiagnostics } from '@codemirror/lint'
import { EditorState } from '@codemirror/state'
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  keymap,
  lineNumbers,
} from '@codemirror/view'
import { tags } from '@lezer/highlight'
import type { Diagnostic } from './messages.ts'

// Colours are CSS variables (style.css), so light and dark each get theirs from one definition.
const colour = (name: string) => `var(--iterlings-syntax-${name})`
const highlight = HighlightStyle.define([
  {
    tag: [tags.keyword, tags.operatorKeyword, tags.modifier, tags.controlKeyword],
    color: colour('keyword'),
  },
  { tag: [tags.string, tags.special(tags.string), tags.regexp], color: colour('string') },
  { tag: [tags.comment, tags.lineComment, tags.blockComment], color: colour('comment') },
  { tag: [tags.number, tags.bool, tags.null, tags.atom], color: colour('constant') },
  { tag: [tags.typeName, tags.className, tags.namespace], color: colour('type') },
  { tag: [tags.definition(tags.variableName), tags.self], color: colour('variable') },
])

const typescriptLanguage = StreamLanguage.define(typescript)

export interface Editor {
  readonly code: string
  setCode(code: string): void
  focus(): void
  showDiagnostics(diagnostics: Diagnostic[]): void
}

export function createEditor(options: {
  parent: HTMLElement
  code: string
  label: string
  onRun: () => void
  /** Wrap long lines rather than scroll sideways (a starter's doc comments are long). */
  wrap?: boolean
  /** Called after each edit, with the whole code. */
  onChange?: (code: string) => void
}): Editor {
  const run = () => (options.onRun(), true)
  const view = new EditorView({
    parent: options.parent,
    state: EditorState.create({
      doc: options.code,
      extensions: [
        lineNumbers(),
        history(),
        drawSelection(),
        highlightActiveLine(),
        bracketMatching(),
        // CodeMirror's tokenizer for TypeScript rather than the full Lezer grammar: highlighting
        // needs no syntax tree, and the grammar (with its JSX dialect) was some 36 KB gzipped of
        // what opening a panel loads. The tokens lose one distinction only: a call's name.
        typescriptLanguage,
        syntaxHighlighting(highlight),
        lintGutter(),
        keymap.of([
          { key: 'Mod-Enter', run, preventDefault: true },
          ...defaultKeymap,
          ...historyKeymap,
        ]),
        EditorView.contentAttributes.of({ 'aria-label': options.label }),
        options.wrap ? EditorView.lineWrapping : [],
        EditorView.updateListener.of((update) => {
          if (update.docChanged) options.onChange?.(update.state.doc.toString())
        }),
      ],
    }),
  })
  return {
    get code() {
      return view.state.doc.toString()
    },
    setCode(code) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: code } })
    },
    focus: () => view.focus(),
    showDiagnostics(diagnostics) {
      const length = view.state.doc.length
      view.dispatch(
        setDiagnostics(
          view.state,
          diagnostics.map(({ from, to, message, code }) => ({
            from: Math.min(from, length),
            to: Math.min(Math.max(to, from), length),
            severity: 'error',
            message: `${message} (TS${code})`,
          })),
        ),
      )
    },
  }
}
