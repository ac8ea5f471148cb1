import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const EXPORT = /\.(csv|tsv|txt)$/i;

/** Export files in a data directory, in name order (the order in which later files win). */
export function listExports(dataDir: string): string[] {
  return readdirSync(dataDir)
    .filter((name) => EXPORT.test(name) && !name.startsWith('.') && statSync(join(dataDir, name)).isFile())
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
