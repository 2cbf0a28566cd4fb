// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';
import { builtinModules } from 'node:module';

/**
 * The layer rules of SPEC §4 as `no-restricted-imports` settings, one per part of the repository
 * (a later block replaces an earlier one's setting for the same files, so each block is complete).
 * scripts/layer-rules.test.mjs proves each one fires on a forbidden import.
 * @param {...{ regex: string, message: string }} patterns
 */
const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const layers = {
  anythingOfOurs: { regex: '^@wushe/', message: 'schema imports nothing of ours (SPEC §4).' },
  serverOutsideTests: {
    regex: '^@wushe/server',
    message: 'Only apps/demo and tests import @wushe/server (SPEC §4).',
  },
  serverButTesting: {
    regex: '^@wushe/server(?!/testing$)',
    message:
      'Tests outside the server start a server with @wushe/server/testing, nothing else of it.',
  },
  elements: {
    regex: '^@wushe/elements',
    message: 'Only apps/demo and .storybook use @wushe/elements.',
  },
  sdkOrElements: {
    regex: '^@wushe/(sdk|elements)',
    message: 'The server imports @wushe/schema only (SPEC §4).',
  },
  sdkNode: {
    regex: `^(node:|(${builtinModules.join('|')})(/|$))`,
    message: 'The SDK runs in browsers and Node 20+: no Node modules in packages/sdk/src.',
  },
  sdkDom: {
    regex: '^(lit|lit-html|lit-element|@lit|@lit-labs)(/|$)',
    message: 'The SDK has no DOM dependency (SPEC §4).',
  },
  staffElements: {
    regex: '^@wushe/staff-elements',
    message:
      'Resident widgets and pages never import staff code: only apps/console uses @wushe/staff-elements (SPEC §10).',
  },
  httpFromDomain: {
    regex: '(^|/)http/',
    message: 'Services and storage do not know HTTP: throw DomainError (services/errors.ts).',
  },
};

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/storybook-static/**',
      '**/node_modules/**',
      '**/.turbo/**',
      '**/coverage/**',
      '**/custom-elements.json',
      '**/bench/results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // Ids and codes are checked by schemas before they are indexed; `!` is deliberate there.
      '@typescript-eslint/no-non-null-assertion': 'off',
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', 'scripts/*.d.mts'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: [
      'packages/elements/**/*.ts',
      'packages/staff-elements/**/*.ts',
      'apps/demo/**/*.ts',
      'apps/console/**/*.ts',
      '.storybook/**/*.ts',
    ],
    languageOptions: { globals: { ...globals.browser } },
    ...lit.configs['flat/recommended'],
  },
  {
    files: [
      'packages/elements/**/*.ts',
      'packages/staff-elements/**/*.ts',
      'apps/demo/**/*.ts',
      'apps/console/**/*.ts',
    ],
    ...wc.configs['flat/recommended'],
  },
  {
    files: [
      'packages/elements/**/*.ts',
      'packages/staff-elements/**/*.ts',
      'apps/demo/**/*.ts',
      'apps/console/**/*.ts',
    ],
    plugins: { 'lit-a11y': litA11y },
    rules: litA11y.configs.recommended.rules,
  },
  {
    files: ['**/*.test.ts', '**/test/**/*.ts', '**/bench/**'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-floating-promises': 'off',
      '@typescript-eslint/no-confusing-void-expression': 'off',
    },
  },
  // Layer rules (SPEC §4): who may import whom.
  {
    files: ['packages/schema/**'],
    rules: restrict(layers.anythingOfOurs),
  },
  {
    files: ['packages/sdk/**'],
    rules: restrict(layers.serverButTesting, layers.elements),
  },
  {
    files: ['packages/sdk/src/**'],
    rules: restrict(layers.serverOutsideTests, layers.elements, layers.sdkNode, layers.sdkDom),
  },
  {
    // Browser code and its tests never reach the server; the test runner's plugin (test/*.mjs,
    // in Node) starts one with @wushe/server/testing and hands pages its URL.
    files: ['packages/elements/**', 'packages/staff-elements/**'],
    rules: restrict(layers.serverOutsideTests, layers.staffElements),
  },
  {
    // The render bench (Node) lists 10,000 needs from a real server started the same way.
    files: [
      'packages/elements/test/*.mjs',
      'packages/elements/bench/*.mjs',
      'packages/staff-elements/test/*.mjs',
    ],
    rules: restrict(layers.serverButTesting, layers.staffElements),
  },
  {
    // The staff widgets are the staff package itself; it imports its own files relatively.
    files: ['packages/staff-elements/**'],
    rules: restrict(layers.serverOutsideTests),
  },
  {
    files: ['packages/staff-elements/test/*.mjs'],
    rules: restrict(layers.serverButTesting),
  },
  {
    // The demo portal is a resident's page: no staff code (the console is its own app).
    files: ['apps/demo/site/**', 'apps/demo/src/**'],
    rules: restrict(layers.staffElements),
  },
  {
    // …except its back office, a district's staff page that embeds staff widgets (no resident
    // page loads it: it is its own entry, behind the portal's own sign-in).
    files: ['apps/demo/src/back-office/**'],
    rules: restrict(),
  },
  {
    // The console's browser code never reaches the server; its end-to-end tests (Node) start one.
    files: ['apps/console/src/**'],
    rules: restrict(layers.serverOutsideTests),
  },
  {
    files: ['apps/console/test/**', 'apps/console/*.mjs'],
    rules: restrict(layers.serverButTesting),
  },
  {
    files: ['packages/server/**'],
    rules: restrict(layers.sdkOrElements),
  },
  {
    files: ['packages/server/src/services/**', 'packages/server/src/db/**'],
    rules: restrict(layers.sdkOrElements, layers.httpFromDomain),
  },
  {
    files: ['.storybook/**'],
    rules: restrict(layers.serverOutsideTests),
  },
);
