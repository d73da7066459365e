#!/usr/bin/env node
// Entry point for `npx redovisa …` and `npm start`: runs the TypeScript sources through tsx,
// so a fresh clone needs nothing beyond `npm ci`.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
