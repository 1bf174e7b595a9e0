import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'bench/results/', 'data/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'error',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.svelte'],
        parser: tseslint.parser,
        svelteConfig,
      },
    },
  },
  // The layers (README, "Architecture"): each block names what its folder must not import.
  layer('server/domain/**', 'server/domain/ is pure logic: I/O goes in services or adapters', [
    '(^|/)(store|http|realtime|collab|services)/',
    '(^|/)(app|main|config|logger)\\.js$',
    '^node:',
    '^(fs|path|http|https|net|os|child_process|worker_threads)(/|$)',
    '^(express|socket\\.io|socket\\.io-client|ws|better-sqlite3|pg|ioredis|y-websocket)(/|$)',
  ]),
  layer('shared/**', 'shared/ is the contract both sides import; it imports neither side', [
    '(^|/)(server|client)/',
    '^node:',
  ]),
  layer('client/**', 'the client reaches the server over the wire, never by import', [
    '(^|/)server/',
  ]),
  layer('server/collab/**', 'collab/ knows no service: app.ts hands it what it asks for', [
    '(^|/)(services|realtime)/',
  ]),
  layer('server/services/**', 'services reach documents and sessions through ./ports.ts', [
    '(^|/)(collab|realtime|http)/',
  ]),
  {
    // Tests may use non-null assertions on things they just created.
    files: ['tests/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', 'no-console': 'off' },
  },
);

/** A folder that must not import what `regexes` match (import sources as written). */
function layer(files, message, regexes) {
  return {
    files: [files],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: regexes.map((regex) => ({ regex, message })) },
      ],
    },
  };
}
