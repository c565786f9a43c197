import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'

/** Layer rules: which parts of the code may import which (architecture.md). */
const noImport = (patterns, message) => ['error', { patterns: [{ group: patterns, message }] }]

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'docs/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    // Plain Node scripts run as they are, without a build.
    files: ['bin/**/*.js', 'scripts/**/*.mjs'],
    languageOptions: {
      globals: { process: 'readonly', require: 'readonly', __dirname: 'readonly', console: 'readonly', Buffer: 'readonly' },
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': noImport(
        ['electron', 'node:*', '**/main/**', '**/renderer/**', '**/preload/**', '**/cli/**', 'react', 'react-dom'],
        'src/shared is pure TypeScript: no Electron, no Node I/O, no DOM, no other layer.',
      ),
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
    rules: {
      ...reactHooks.configs.flat['recommended-latest']?.rules,
      'no-restricted-imports': noImport(
        ['electron', 'node:*', '**/main/**', '**/preload/**', '**/cli/**'],
        'The renderer is untrusted: it talks to main only through lib/api.ts.',
      ),
    },
  },
  {
    files: ['src/main/services/**/*.ts'],
    rules: {
      'no-restricted-imports': noImport(
        ['electron', '**/renderer/**', '**/preload/**', '**/cli/**', '**/ipc/**/!(contract|schemas|result)'],
        'Services are plain functions over plain data: no Electron, no IPC, no UI.',
      ),
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': noImport(
        ['electron', '**/renderer/**', '**/preload/**', '**/main/ipc/**', '**/main/windows/**'],
        'The CLI calls main/services directly; it has no window and no IPC.',
      ),
    },
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': noImport(['**/main/**', '**/renderer/**', 'node:*'], 'The preload only bridges the contract.'),
    },
  },
)
