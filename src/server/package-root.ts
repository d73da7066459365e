import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder holding Redovisa's package.json, found by walking up from the running file: the same
 * code runs from src/ (through tsx) and bundled into dist/cli/, at different depths, and reads
 * dist/web and demo/ from the root.
 */
export function packageRoot(moduleUrl: string = import.meta.url): string {
  let dir = path.dirname(fileURLToPath(moduleUrl));
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`Hittar inte Redovisas package.json ovanför ${fileURLToPath(moduleUrl)}.`);
    dir = parent;
  }
  return dir;
}
