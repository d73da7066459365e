import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { packageRoot } from './package-root.js';

/** Where `vite build` puts the front end (see vite.config.ts). */
export const WEB_ROOT = path.join(packageRoot(), 'dist/web');

/** True when the front end has been built. */
export function webIsBuilt(root = WEB_ROOT): boolean {
  return existsSync(path.join(root, 'index.html'));
}

/**
 * Serves the built front end: hashed assets cached for a year, and index.html for every other page
 * address so that the browser's router shows the page (a reload of /rapporter/7 works).
 */
export async function installWeb(app: FastifyInstance, root = WEB_ROOT): Promise<void> {
  await app.register(fastifyStatic, {
    root,
    wildcard: true,
    index: 'index.html',
    setHeaders(res, filePath) {
      res.header('cache-control', filePath.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
}

/** True for a request the front end should answer with its page: a browser GET outside the API. */
export function isPageRequest(method: string, url: string): boolean {
  return (method === 'GET' || method === 'HEAD') && !url.startsWith('/api/') && url !== '/api' && !path.extname(url.split('?')[0] ?? '');
}
