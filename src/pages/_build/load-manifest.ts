/** Build-time only: reads `public/data/manifest.json` from disk (pages may use node:*, src/lib may not). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseManifest } from '../../lib/site/manifest.ts';
import type { Manifest } from '../../lib/site/manifest.ts';

/** The ingest's manifest, or undefined when nothing has been ingested yet. */
export function loadManifest(root = process.cwd()): Manifest | undefined {
  try {
    return parseManifest(readFileSync(path.join(root, 'public', 'data', 'manifest.json'), 'utf8'));
  } catch {
    return undefined;
  }
}
