// @ts-check
import js from '@eslint/js'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/.proof/**',
      '**/.stryker-tmp/**',
      'reports/**',
      '**/node_modules/**',
      'docs/.vitepress/cache/**',
      'docs/.vitepress/dist/**',
      // Vite's temporary bundle of a config, left behind when a dev server is stopped early.
      '**/*.timestamp-*.mjs',
      // VitePress's scratch folder while a build runs (lint and docs:build run side by side).
      'docs/.vitepress/.temp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      // A `let` that closures read before its one assignment (a value that arrives later) stays a `let`.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
    },
  },
  {
    // Starters declare the parameters a student will use; their stub bodies only throw.
    files: ['exercises/*/src/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-vars': ['error', { args: 'none' }] },
  },
)
