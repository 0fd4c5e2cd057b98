// One lint setup for the whole repository. The layering rule keeps shared/ pure: it may import
// nothing from React, Electron, React Flow or Node, so the same core runs in the renderer, the main
// process and the command line.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const impureModules = [
  'react',
  'react-dom',
  'react/*',
  'react-dom/*',
  'electron',
  '@xyflow/*',
  'node:*',
  'fs',
  'path',
  'os',
  'child_process',
  'fs/*',
  'url',
  'crypto',
];

const ELECTRON = 'electron';
const RENDERER_NODE_FILES = ['renderer/**/*.test.ts', 'renderer/vite.config.ts'];

/** Import patterns that reach into other top-level folders, from any depth. */
function folders(...names) {
  return names.flatMap((n) => [`../${n}/*`, `../../${n}/*`, `../../../${n}/*`, `../../../../${n}/*`]);
}

/** Forbids a top-level folder's code (tests included) to import the given modules and folders. */
function layer(folder, group, message, { files = [`${folder}/**/*.{ts,tsx}`], ignores = [] } = {}) {
  return {
    files,
    ignores,
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group, message }] }] },
  };
}

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'release', 'test-results', 'e2e/fixtures', 'shared/eksctl/generated/*'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  // Layers (README, Project layout): shared/ is the pure core; node/ is plain Node that the command line and
  // the main process both use; electron/ is the main process and preload; renderer/ is the UI; cli/ is the
  // command line. Each may import only the layers below it, so none of them pulls in a runtime it lacks.
  layer('node', [ELECTRON, ...folders('electron', 'renderer', 'cli')], 'node/ is plain Node: the command line uses it too.'),
  layer(
    'electron',
    folders('renderer', 'cli'),
    'electron/ may not import the UI or the command line; shared data lives in shared/.',
  ),
  layer('cli', [ELECTRON, ...folders('electron', 'renderer')], 'cli/ runs without Electron and without the UI.'),
  layer(
    'renderer',
    [ELECTRON, 'node:*', ...folders('electron', 'node', 'cli')],
    'renderer/ runs in the sandboxed page: it reaches the main process only through the preload API.',
    { ignores: RENDERER_NODE_FILES },
  ),
  // Its tests and build config run in Node, so they may read files, but still not reach into other layers.
  layer('renderer', [ELECTRON, ...folders('electron', 'node', 'cli')], 'renderer/ may not import other layers.', {
    files: RENDERER_NODE_FILES,
  }),
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts', 'shared/**/test-support/**'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: impureModules, message: 'shared/ is the pure core: no React, Electron, React Flow or Node imports.' },
          ],
        },
      ],
    },
  },
  // Test helpers inside shared/ stay pure too (a test file may read from disk; a helper that must lives in the
  // top-level test-support/).
  {
    files: ['shared/**/test-support/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: impureModules,
              message: 'shared/**/test-support is part of the pure core: put Node-side helpers in test-support/ at the top.',
            },
          ],
        },
      ],
    },
  },
  // Import and export share the eksctl model (shared/eksctl), not each other: shared/round-trip wires the
  // exporter into the import. (Their tests check round trips, so they may use both.) Repeats the pure-core
  // patterns because a later block's no-restricted-imports replaces the earlier one's.
  {
    files: ['shared/import/**/*.ts'],
    ignores: ['shared/**/*.test.ts', 'shared/**/test-support/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: impureModules, message: 'shared/ is the pure core: no React, Electron, React Flow or Node imports.' },
            {
              group: ['../export/*', '../../export/*', '../round-trip/*', '../../round-trip/*'],
              message: 'shared/import may not import shared/export: share types through shared/eksctl (see shared/round-trip).',
            },
          ],
        },
      ],
    },
  },
);
