// The layering rule of docs/ARCHITECTURE.md, enforced: core/ is platform-free,
// renderer/ reaches the host only through the typed contract, electron/ never
// imports the page. Plus TypeScript's and React hooks' recommended rules.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'stream', 'worker_threads'];

const layer = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  { ignores: ['dist/', 'release/', 'node_modules/', 'tmp/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['core/**/*.ts'],
    rules: layer([
      { group: ['electron', 'electron/*'], message: 'core/ is platform-free: no Electron.' },
      { group: NODE_BUILTINS, message: 'core/ is platform-free: no Node built-ins.' },
      { group: ['react', 'react-dom', 'react/*', 'react-dom/*', 'lexical', '@lexical/*', 'dompurify'], message: 'core/ is platform-free: no React, Lexical or DOM libraries.' },
      { group: ['**/electron/**', '**/renderer/**', '**/test/**'], message: 'Dependencies point inward: core/ imports nothing from the outer layers.' },
    ]),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...layer([
        { group: ['electron', 'electron/*'], message: 'The page never imports Electron; it talks to the host through core/contract.ts.' },
        { group: NODE_BUILTINS, message: 'The page has no Node: it talks to the host through core/contract.ts.' },
        { group: ['**/electron/**'], message: 'The page reaches the host only through the typed contract (core/contract.ts).' },
      ]),
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: layer([{ group: ['**/renderer/**', 'react', 'react-dom', 'lexical', '@lexical/*'], message: 'The host never imports the page.' }]),
  },
  {
    files: ['electron/services/**/*.ts', 'electron/web-host/**/*.ts', 'electron/cli/**/*.ts'],
    rules: layer([
      { group: ['electron', 'electron/*'], message: 'Services, the web host and the CLI run under plain Node: only electron/main and electron/preload import Electron.' },
      { group: ['**/renderer/**', 'react', 'react-dom', 'lexical', '@lexical/*'], message: 'The host never imports the page.' },
    ]),
  },
  {
    files: ['scripts/**/*.mjs', '*.config.{js,ts}', 'test/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
);
