/**
 * Builds and serves the site for the browser suite and the bench: `astro build --outDir` into a
 * cache dir (never `dist/`) and `astro preview` on a free port. Node-only.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

const ASTRO = 'node_modules/.bin/astro';

/** Runs a command to the end; rejects with the tail of its output when it fails. */
export function run(cmd: string, args: string[], opts: { cwd: string; env?: NodeJS.ProcessEnv; label: string }): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: opts.cwd, env: { ...process.env, ...opts.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => { out += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { out += d.toString(); });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(out);
      else reject(new Error(`${opts.label} failed (exit ${code}): ${cmd} ${args.join(' ')}\n${out.split('\n').slice(-40).join('\n')}`));
    });
  });
}

/** Runs `npm run ingest` when `public/data/manifest.json` is missing. */
export async function ensureData(root: string, log: (s: string) => void): Promise<void> {
  if (existsSync(join(root, 'public', 'data', 'manifest.json'))) return;
  log('public/data/manifest.json missing: running npm run ingest');
  await run('npm', ['run', 'ingest'], { cwd: root, label: 'npm run ingest' });
}

/** Builds the site with the given base path into outDir (extra env, e.g. a data dir, passed through). */
export async function buildSite(o: { root: string; base: string; outDir: string; cwd?: string; config?: string; env?: NodeJS.ProcessEnv }): Promise<string> {
  const args = ['build', '--outDir', o.outDir];
  if (o.config) args.push('--root', o.root, '--config', o.config);
  return run(join(o.root, ASTRO), args, { cwd: o.cwd ?? o.root, env: { SITE_BASE: o.base, ...o.env }, label: `astro build (base ${o.base})` });
}

/** A free TCP port on 127.0.0.1 (never 4321/4322, which the lead's preview and dev server use). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => (port === 4321 || port === 4322 ? freePort().then(resolve, reject) : resolve(port)));
    });
  });
}

/** A running `astro preview`. */
export interface Preview {
  origin: string;
  stop(): Promise<void>;
}

/** Serves outDir with `astro preview` (it answers range requests) and waits until the base URL answers. */
export async function previewSite(o: { root: string; base: string; outDir: string; config?: string; cwd?: string }): Promise<Preview> {
  const port = await freePort();
  const args = ['preview', '--outDir', o.outDir, '--host', '127.0.0.1', '--port', String(port)];
  if (o.config) args.push('--root', o.root, '--config', o.config);
  const child: ChildProcess = spawn(join(o.root, ASTRO), args, {
    cwd: o.cwd ?? o.root, env: { ...process.env, SITE_BASE: o.base }, stdio: ['ignore', 'pipe', 'pipe'], detached: false,
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => { out += d.toString(); });
  child.stderr?.on('data', (d: Buffer) => { out += d.toString(); });
  const origin = `http://127.0.0.1:${port}`;
  const stop = () => new Promise<void>((resolve) => {
    if (child.exitCode != null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => { if (child.exitCode == null) child.kill('SIGKILL'); }, 3000).unref();
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode != null) throw new Error(`astro preview exited (${child.exitCode}) for ${o.outDir}:\n${out}`);
    try {
      const res = await fetch(origin + o.base);
      if (res.ok) return { origin, stop };
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`astro preview for ${o.outDir} did not answer ${origin}${o.base} within 60 s:\n${out}`);
}
