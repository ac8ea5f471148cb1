import { DuckDBInstance } from '@duckdb/node-api';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ingest, type IngestOptions, type IngestResult } from '../../scripts/lib/ingest.ts';
import type { Manifest } from '../../scripts/lib/manifest.ts';

/** A fresh temporary directory. */
export const tempDir = (prefix = 'sp-'): string => mkdtempSync(join(tmpdir(), prefix));

/** Writes files (text as UTF-8, or raw bytes) into a new temporary data directory. */
export function dataDir(files: Record<string, string | Uint8Array>): string {
  const dir = tempDir('sp-data-');
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

/** Runs the real ingest quietly; returns the result, what it logged and where it wrote. */
export async function runIngest(data: string, options: Partial<IngestOptions> = {}): Promise<{ result: IngestResult; logs: string[]; outDir: string; reportsDir: string }> {
  const outDir = options.outDir ?? join(tempDir('sp-out-'), 'data');
  const reportsDir = options.reportsDir ?? tempDir('sp-reports-');
  const logs: string[] = [];
  const logger = { info: (l: string) => logs.push(l), warn: (l: string) => logs.push(l), error: (l: string) => logs.push(l) };
  const result = await ingest(
    { dataDir: data, outDir, reportsDir, now: () => new Date('2026-10-01T00:00:00Z'), env: { SERVICE_PULSE_SALT: 'test-salt' }, ...options },
    { logger },
  );
  return { result, logs, outDir, reportsDir };
}

/** Reads a Parquet file into plain rows (timestamps as 'YYYY-MM-DD HH:MM:SS' strings). */
export async function readParquet(file: string, orderBy?: string): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(':memory:');
  const db = await instance.connect();
  try {
    const reader = await db.runAndReadAll(`SELECT * FROM read_parquet('${file}')${orderBy ? ` ORDER BY ${orderBy}` : ''}`);
    return reader.getRowObjectsJson() as Record<string, unknown>[];
  } finally {
    db.closeSync();
    instance.closeSync();
  }
}

/** The manifest written by an ingest. */
export const readManifest = (outDir: string): Manifest => JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8'));

/** Encodes text as UTF-16 LE with a BOM, as Excel's "Unicode Text" does. */
export const utf16le = (text: string): Uint8Array => {
  const buf = Buffer.alloc(2 + text.length * 2);
  buf[0] = 0xff;
  buf[1] = 0xfe;
  for (let i = 0; i < text.length; i++) buf.writeUInt16LE(text.charCodeAt(i), 2 + i * 2);
  return buf;
};

/** Encodes text as UTF-16 BE with a BOM. */
export const utf16be = (text: string): Uint8Array => {
  const buf = Buffer.alloc(2 + text.length * 2);
  buf[0] = 0xfe;
  buf[1] = 0xff;
  for (let i = 0; i < text.length; i++) buf.writeUInt16BE(text.charCodeAt(i), 2 + i * 2);
  return buf;
};

let gbkTable: Map<string, number> | null = null;
/** Encodes text as GBK (Node has no GBK encoder; the table is built from its decoder). */
export function gbk(text: string): Uint8Array {
  if (!gbkTable) {
    gbkTable = new Map();
    const dec = new TextDecoder('gbk');
    for (let hi = 0x81; hi <= 0xfe; hi++)
      for (let lo = 0x40; lo <= 0xfe; lo++) {
        if (lo === 0x7f) continue;
        const ch = dec.decode(new Uint8Array([hi, lo]));
        if (ch.length === 1 && ch !== '\ufffd' && !gbkTable.has(ch)) gbkTable.set(ch, (hi << 8) | lo);
      }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) out.push(code);
    else {
      const g = gbkTable.get(ch);
      if (g === undefined) throw new Error(`not in GBK: ${ch}`);
      out.push(g >> 8, g & 0xff);
    }
  }
  return Uint8Array.from(out);
}
