// Lint keeps the architecture of DESIGN.md §7 honest: src/domain is pure.
import tseslint from 'typescript-eslint';

const ioModules = [
  'fs', 'node:*', 'fs/*', 'path', 'http', 'https', 'net', 'child_process', 'os', 'stream',
  'kysely', 'better-sqlite3', 'pg', 'fastify', 'fastify/*', '@fastify/*', 'react', 'react-dom',
  'pdfmake', 'pdfmake/*', 'docx', 'mammoth', 'pdfjs-dist', 'pdfjs-dist/*', 'dictionary-sv',
];

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'data/**', 'coverage/**', 'src/web/dist/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ioModules, message: 'src/domain är ren: ingen I/O och inga ramverk (DESIGN.md §7).' },
          { group: ['../db/*', '../app/*', '../server/*', '../cli/*', '../documents/*', '../web/*'],
            message: 'src/domain beror inte på andra lager.' },
        ],
      }],
      'no-restricted-globals': ['error', 'process', 'fetch', 'require', 'setTimeout', 'setInterval'],
    },
  },
  {
    files: ['src/documents/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['../../db/*', '../../app/*', '../../server/*', '../../cli/*', 'kysely', 'pg', 'better-sqlite3', 'fastify'],
          message: 'documents/ är rena funktioner från modellen till bytes och tillbaka.' }],
      }],
    },
  },
  {
    files: ['src/web/**/*.ts', 'src/web/**/*.tsx'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['../db/*', '../app/*', '../server/*', '../cli/*', '../documents/*', '../../db/*', '../../app/*',
          '../../server/*', '../../cli/*', '../../documents/*', 'node:*', 'kysely', 'pg', 'better-sqlite3', 'fastify'],
        message: 'Webbklienten importerar bara domain/ och talar med servern över HTTP (DESIGN.md §7).' }],
      }],
    },
  },
);
