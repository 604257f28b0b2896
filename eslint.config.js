import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

// What must never import what (README, "Where things are"). Each files block below lists all
// it forbids: a later block's `no-restricted-imports` replaces an earlier one, it does not add.
// Matched against the import as written: `$lib/…`, `../…` or a package name.
const NEVER = {
  components: {
    regex: '(^|/)(components|routes)/|(^|/)[A-Z][^/]*\\.svelte$',
    message: 'only components and pages import components',
  },
  state: { regex: '(^|/)state/', message: 'state sits above this layer: pass what it needs in' },
  workers: {
    regex: '(^|/)workers/',
    message: 'only src/lib/db talks to the worker (through comlink)',
  },
  client: {
    regex: '(^|/)db/(predict-)?client$',
    message: 'components talk to the worker through state, never directly',
  },
  svelte: {
    regex: '^svelte(/|$)|\\.svelte$|^\\$app/',
    message: 'the worker and the command line run without Svelte',
  },
  charts: {
    regex: '^@observablehq/plot$|(^|/)[a-z-]*chart$',
    message:
      'Plot loads lazily with the cells: only charts, their tables and components import it, so the first paint stays small',
  },
  app: {
    regex: '^\\.\\./|^\\$lib/',
    message: 'src/lib/sql is the bottom layer: it imports nothing of the app',
  },
};
// Chart options and the number tables drawn beside them; components load them with the cells.
const CHART_FILES = ['src/lib/**/*chart.ts', 'src/lib/**/table.ts', 'src/lib/i18n/plot-ticks.ts'];
const forbid = (...never) => ({
  'no-restricted-imports': [
    'error',
    { patterns: never.map(({ regex, message }) => ({ regex, message, caseSensitive: true })) },
  ],
});

export default ts.config(
  { ignores: ['build/', '.svelte-kit/', 'node_modules/', 'bench/data/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  { languageOptions: { globals: { ...globals.browser, ...globals.node } } },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.svelte'],
        parser: ts.parser,
        svelteConfig,
      },
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  // Pure logic: runs in vitest, in the worker and in the command line.
  {
    files: ['src/lib/**/*.ts'],
    ignores: ['src/lib/components/**', 'src/lib/state/**', 'src/lib/db/**', ...CHART_FILES],
    rules: forbid(NEVER.components, NEVER.state, NEVER.workers, NEVER.charts),
  },
  { files: CHART_FILES, rules: forbid(NEVER.components, NEVER.state, NEVER.workers) },
  { files: ['src/lib/sql/**'], rules: forbid(NEVER.app, NEVER.workers, NEVER.svelte) },
  { files: ['src/lib/db/**'], rules: forbid(NEVER.components, NEVER.state) },
  { files: ['src/lib/state/**'], rules: forbid(NEVER.components, NEVER.workers, NEVER.charts) },
  { files: ['src/lib/components/**', 'src/routes/**'], rules: forbid(NEVER.workers, NEVER.client) },
  {
    files: ['workers/**', 'src/cli/**'],
    rules: forbid(NEVER.components, NEVER.state, NEVER.svelte, NEVER.client),
  },
);
