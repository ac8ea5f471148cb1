import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Reject } from '../../src/lib/schema/index.ts';

const q = (v: string | number) => {
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** Writes every rejected row to `<reportsDir>/rejects.csv` (values already masked); returns the path. */
export function writeRejects(reportsDir: string, rejects: Reject[]): string {
  mkdirSync(reportsDir, { recursive: true });
  const path = join(reportsDir, 'rejects.csv');
  const lines = ['file,line,column,field,value,reason,message', ...rejects.map((r) => [r.file, r.line, r.column, r.field, r.value, r.reason, r.message].map(q).join(','))];
  writeFileSync(path, '\uFEFF' + lines.join('\n') + '\n');
  return path;
}

/** `file:line:column: message` — the form editors and terminals link to. */
export const formatReject = (r: Reject): string => `${r.file}:${r.line}:${r.column}: ${r.reason}: ${r.message}`;
