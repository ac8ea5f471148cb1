import { existsSync, readFileSync } from 'node:fs';
import { ConfigError, normalizeConfig, type Config } from '../../src/lib/config/index.ts';

/** Loads and validates `config.json`; a missing file means the handbook defaults. */
export function loadConfig(path: string): Config {
  if (!existsSync(path)) return normalizeConfig({}, path);
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    const pos = /position (\d+)/.exec(String(e))?.[1];
    const at = pos === undefined ? '' : (() => {
      const before = text.slice(0, Number(pos));
      return `:${before.split('\n').length}:${before.length - before.lastIndexOf('\n')}`;
    })();
    throw new ConfigError([{ key: '(file)', value: `${path}${at}`, allowed: `valid JSON (${(e as Error).message})` }], path);
  }
  return normalizeConfig(raw, path);
}
