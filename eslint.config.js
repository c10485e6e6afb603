import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

/**
 * Import direction (DEVELOPERS.md): core ← zendesk ← i18n/react ← components/steps ← app.
 * Each zone lists what it may NOT import; relative-path globs are enough because we use no aliases.
 */
const upperLayers = ['**/zendesk/**', '**/react/**', '**/i18n/**', '**/components/**', '**/steps/**', '**/app/**']
const devOnly = ['**/dev/**', '**/tests/**', 'msw', 'msw/*']

function restrict(patterns, message) {
  return ['error', { patterns: [{ group: patterns, message }] }]
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'tmp/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [...upperLayers, ...devOnly, 'react', 'react-dom', '@zendeskgarden/*', 'styled-components', 'zendesk_app_framework_sdk'],
        'src/core is pure: plain data in, plain data out (no React, ZAF, DOM or I/O).',
      ),
      'no-restricted-globals': ['error', 'window', 'document', 'fetch', 'localStorage', 'sessionStorage', 'navigator', 'setTimeout', 'setInterval'],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Inject the clock.' },
        { object: 'Math', property: 'random', message: 'Inject randomness.' },
      ],
    },
  },
  {
    files: ['src/zendesk/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        ['**/react/**', '**/i18n/**', '**/components/**', '**/steps/**', '**/app/**', ...devOnly, 'react', '@zendeskgarden/*'],
        'src/zendesk is the adapter: it may use src/core only.',
      ),
    },
  },
  {
    files: ['src/i18n/**/*.{ts,tsx}', 'src/react/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrict(['**/components/**', '**/steps/**', '**/app/**', ...devOnly], 'Glue may not reach up into UI code.'),
    },
  },
  {
    files: ['src/components/**/*.tsx'],
    rules: {
      'no-restricted-imports': restrict(['**/steps/**', '**/app/**', ...devOnly], 'Shared components may not depend on steps or the app.'),
    },
  },
  {
    // Steps never import each other (`../other-step/…` or `…/steps/…`), nor the app; they reach Zendesk only
    // through src/react hooks, never through the transport.
    files: ['src/steps/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^\\.\\./(?!\\.\\.)', message: 'A step may not import another step: move shared code to src/components, src/react or src/core.' },
            { regex: '/(steps|app)/', message: 'A step may not import another step or the app.' },
            { regex: '/zendesk/(support-api-client|zaf-transport)$', message: 'Steps reach Zendesk through src/react hooks.' },
            { group: devOnly, message: 'The production bundle never includes the fake Zendesk or test code.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/app/**/*.{ts,tsx}', 'src/main.tsx'],
    rules: { 'no-restricted-imports': restrict(devOnly, 'The production bundle never includes the fake Zendesk or test code.') },
  },
  {
    // Only src/zendesk talks to Zendesk: nobody else may call client.request.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/zendesk/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='request'][callee.object.name=/client/i]", message: 'Call Zendesk through src/zendesk (the one door), not client.request.' },
        { selector: "MemberExpression[object.name='console']", message: 'No console output: it could leak personal data.' },
        { selector: "MemberExpression[object.name=/^(localStorage|sessionStorage|indexedDB)$/]", message: 'Personal data never goes to browser storage.' },
      ],
    },
  },
  {
    files: ['tools/**/*.{js,mjs,ts}', 'tests/**/*.{ts,tsx}', 'dev/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
)
