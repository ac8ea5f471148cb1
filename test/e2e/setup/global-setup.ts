/**
 * Global setup of the browser suite: makes sure `public/data` exists, builds the site twice into
 * `.cache/e2e/` (base `/` and `SITE_BASE=/reports/`, never touching `dist/`), serves each build with
 * `astro preview` on a free port and starts one Chromium server that every test file connects to.
 * `E2E_REUSE_BUILD=1` skips the builds when both out dirs already exist (for iterating on tests).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { chromium } from 'playwright-core';
import { buildSite, ensureData, previewSite, type Preview } from '../helpers/site-server.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../helpers/chromium.ts';
import type { E2eEnv, Site } from '../helpers/env.ts';

const ROOT = process.cwd();
const BASES = ['/', '/reports/'] as const;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started = Date.now();
  const log = (s: string) => console.log(`[e2e setup +${((Date.now() - started) / 1000).toFixed(0)}s] ${s}`);
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium not found at ${CHROMIUM_PATH}: apt-get install -y chromium fonts-noto-cjk`);
  await ensureData(ROOT, log);

  const previews: Preview[] = [];
  const sites: Site[] = [];
  const reuse = process.env.E2E_REUSE_BUILD === '1';
  try {
    for (const base of BASES) {
      const outDir = join(ROOT, '.cache', 'e2e', base === '/' ? 'site-root' : 'site-reports');
      if (reuse && existsSync(join(outDir, 'index.html'))) log(`reusing ${outDir} (E2E_REUSE_BUILD=1)`);
      else {
        log(`building base ${base} into ${outDir}`);
        await buildSite({ root: ROOT, base, outDir });
      }
    }
    for (const base of BASES) {
      const outDir = join(ROOT, '.cache', 'e2e', base === '/' ? 'site-root' : 'site-reports');
      const preview = await previewSite({ root: ROOT, base, outDir });
      previews.push(preview);
      sites.push({ base, outDir, origin: preview.origin, url: preview.origin + base });
      log(`serving ${outDir} at ${preview.origin}${base}`);
    }
  } catch (error) {
    await Promise.all(previews.map((p) => p.stop()));
    throw error;
  }

  const server = await chromium.launchServer({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  const env: E2eEnv = { sites, wsEndpoint: server.wsEndpoint(), root: ROOT };
  project.provide('e2e', env);
  log('ready');

  return async () => {
    await server.close();
    await Promise.all(previews.map((p) => p.stop()));
  };
}
