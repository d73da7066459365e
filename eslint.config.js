// Lint keeps the architecture of DESIGN.md §7 honest: src/domain is pure; src/contract (the API's
// schemas) stands on the domain alone; the front end reaches the server only over HTTP.
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
          { group: ['../db/*', '../app/*', '../server/*', '../cli/*', '../documents/*', '../web/*', '../contract/*'],
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
    // The API's contract: zod schemas built from the domain's rules, shared by server and front end.
    files: ['src/contract/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ regex: '^(?!zod$|\\./|\\.\\./domain/)',
          message: 'src/contract importerar bara zod och src/domain: både servern och webbklienten bygger på det.' }],
      }],
    },
  },
  {
    files: ['src/web/**/*.ts', 'src/web/**/*.tsx'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [
          { regex: '^(\\.\\./)+(db|app|server|cli|documents)/', message: 'Webbklienten importerar bara domain/ och contract/ och talar med servern över HTTP (DESIGN.md §7).' },
          { group: ['node:*', 'kysely', 'pg', 'better-sqlite3', 'fastify', 'fastify/*', '@fastify/*'],
            message: 'Webbklienten importerar bara domain/ och contract/ och talar med servern över HTTP (DESIGN.md §7).' },
          // Types are free; a zod schema at run time would put zod in the bundle (about 100 KB, a quarter more).
          { regex: '^(\\.\\./)+contract/', allowTypeImports: true,
            message: 'Webbklienten tar bara typer ur src/contract (import type): zod i webbläsaren gör paketet en fjärdedel större.' },
          { group: ['zod', 'zod/*'], message: 'Webbklienten tar bara typer ur src/contract (import type): zod i webbläsaren gör paketet en fjärdedel större.' },
        ],
      }],
    },
  },
);
