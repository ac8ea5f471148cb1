import type { Manifest } from './manifest.ts';

const n = (x: number) => x.toLocaleString('en-US');

/** One line per dataset: rows kept, files, rejects by reason, rows replaced by later files. */
export function summaryLines(manifest: Manifest): string[] {
  const lines: string[] = [];
  for (const [table, info] of Object.entries(manifest.tables)) {
    const files = manifest.files.filter((f) => f.kind === table);
    if (!files.length && info.rows === 0) continue;
    const rejected = files.reduce((a, f) => a + f.rows_rejected, 0);
    const reasons: Record<string, number> = {};
    for (const f of files) for (const [r, c] of Object.entries(f.rejected_by_reason)) reasons[r] = (reasons[r] ?? 0) + (c ?? 0);
    const replaced = files.reduce((a, f) => a + f.replaced_by_later_files, 0);
    const conflicts = files.reduce((a, f) => a + f.conflicts_with_later_files, 0);
    const parts = [
      `${table.padEnd(11)} ${n(info.rows).padStart(9)} rows ${files.length ? `from ${files.length} file${files.length === 1 ? '' : 's'}` : 'carried in ticket exports'}`,
      info.time_range.from ? `${info.time_range.from.slice(0, 10)} → ${info.time_range.to?.slice(0, 10)}` : null,
      rejected ? `${n(rejected)} rejected (${Object.entries(reasons).map(([r, c]) => `${r} ${c}`).join(', ')})` : '0 rejected',
      replaced ? `${n(replaced)} replaced by later files (${n(conflicts)} differed)` : null,
    ];
    lines.push(parts.filter(Boolean).join(' · '));
  }
  lines.push(`data as of ${manifest.data_as_of_local ?? '—'} (${manifest.timezone})`);
  return lines;
}
