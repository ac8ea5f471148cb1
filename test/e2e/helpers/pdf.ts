/** Reads a PDF made by Chromium: page count and text (poppler's pdfinfo/pdftotext, installed by .ci/run). */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Whether poppler-utils is installed. */
export function hasPoppler(): boolean {
  try { execFileSync('pdftotext', ['-v'], { stdio: 'ignore' }); return true; } catch { return false; }
}

/** The page count and the text of a PDF. */
export function readPdf(pdf: Buffer): { pages: number; text: string } {
  const dir = mkdtempSync(join(tmpdir(), 'sp-pdf-'));
  try {
    const file = join(dir, 'page.pdf');
    writeFileSync(file, pdf);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? NaN);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    return { pages, text };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Whitespace removed, so text wrapped or spaced differently in the PDF still matches. */
export function squash(s: string): string {
  return s.replace(/\s+/g, '');
}

/**
 * Whether the PDF text holds the needle, allowing other words in between: a heading that wraps in
 * a narrow print column comes out of pdftotext interleaved with its neighbours ("解决时长中位 达标 数").
 */
export function containsLoosely(haystack: string, needle: string): boolean {
  // A header cell wrapped over several lines comes out word by word between its neighbours' words
  // ("First Complaint⏎contact⏎resolution timeliness", the hyphen of a line break dropped): a multi-word
  // label is there when each of its words is.
  const words = needle.trim().split(/[\s-]+/).filter((w) => w.length > 1);
  if (words.length > 1) return words.every((w) => containsLoosely(haystack, w));
  const h = squash(haystack);
  const n = squash(needle);
  if (!n || h.includes(n)) return true;
  const window = n.length * 2 + 12;
  for (let start = h.indexOf(n[0]!); start !== -1; start = h.indexOf(n[0]!, start + 1)) {
    let j = 1;
    for (let i = start + 1; i < Math.min(h.length, start + window) && j < n.length; i++) if (h[i] === n[j]) j++;
    if (j === n.length) return true;
  }
  return false;
}
