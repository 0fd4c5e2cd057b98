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
  {
    // The command line writes files through electron/services/files.ts, and it runs without Electron.
    files: ['electron/services/**/*.ts'],
    ignores: ['electron/services/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'electron/services/ is plain Node: the command line uses it too.' }],
        },
      ],
    },
  },
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
);
