import { isUtf8 } from 'node:buffer';
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import type { Config } from '../../../src/lib/config/index.ts';
import { decodeBytes, parseCsv, planExport, sniffDelimiter, type Dataset, type PresetName } from '../../../src/lib/schema/index.ts';
import type { NativeFile } from './read-native.ts';
import { nativePlanProblem } from './specs.ts';

/** An export as the ingest found it on disk: its name and first bytes (the whole file is read once, when it is read). */
export interface ExportFile {
  name: string;
  path: string;
  /** the name rejects and errors use */
  display: string;
  size: number;
  /** the start of the file, enough for its header line */
  head: Buffer;
}

const HEAD_BYTES = 1 << 16;

/** The export at `path`, with its first bytes. */
export function exportFile(name: string, path: string, display: string): ExportFile {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const head = Buffer.alloc(Math.min(size, HEAD_BYTES));
    readSync(fd, head, 0, head.length, 0);
    return { name, path, display, size, head };
  } finally {
    closeSync(fd);
  }
}

/** The bytes the header line is in: the head, or the whole file when the line runs past it. */
const headerBytes = (file: ExportFile): Buffer => (file.head.includes(LF) || file.head.length === file.size ? file.head : readFileSync(file.path));

const LF = 10;
const CR = 13;
const QUOTE = 34;

/** The first line of a file, decoded (a UTF-8 BOM is left out and reported). */
function headerOf(bytes: Buffer): { text: string; utf8: boolean; bom: boolean } {
  const end = bytes.indexOf(LF);
  const line = bytes.subarray(0, end === -1 ? bytes.length : end);
  const bom = line[0] === 0xef && line[1] === 0xbb && line[2] === 0xbf;
  if (isUtf8(line)) return { text: line.toString('utf8', bom ? 3 : 0).replace(/\r$/, ''), utf8: true, bom };
  const { text } = decodeBytes(bytes.subarray(0, Math.min(bytes.length, HEAD_BYTES)));
  return { text: text.split('\n')[0].replace(/\r$/, ''), utf8: false, bom: false };
}

function fieldsOf(text: string): { fields: string[]; delimiter: ReturnType<typeof sniffDelimiter> } {
  const delimiter = sniffDelimiter(text);
  let fields: string[] = [];
  parseCsv(text, delimiter, (f) => {
    fields = f;
    return false;
  });
  return { fields, delimiter };
}

/** The dataset a file holds, as the reader will decide it (null: it cannot tell; the reader will say why). */
export function datasetOf(file: ExportFile, config: Config, preset: PresetName | null): Dataset | null {
  const header = headerOf(headerBytes(file));
  try {
    return planExport(fieldsOf(header.text).fields, { file: file.display, config, preset }).dataset;
  } catch {
    return null;
  }
}

/** Every CR is part of a CRLF (DuckDB would also end records at a bare CR; the JavaScript reader does not). */
function onlyCrlf(bytes: Buffer): boolean {
  for (let i = bytes.indexOf(CR); i !== -1; i = bytes.indexOf(CR, i + 1)) if (bytes[i + 1] !== LF) return false;
  return true;
}

/**
 * The file as the native reader takes it, or why it cannot: UTF-8 (with or without BOM), a one-line
 * header, a tickets or surveys plan with nothing only the JavaScript reader reads, and no bare CR.
 */
export function nativeCandidate(file: ExportFile, config: Config, preset: PresetName | null): NativeFile | string {
  const bytes = readFileSync(file.path);
  const header = headerOf(bytes);
  if (!header.utf8 || !isUtf8(bytes)) return 'not UTF-8';
  let quotes = 0;
  for (let i = 0; i < header.text.length; i++) if (header.text.charCodeAt(i) === QUOTE) quotes++;
  if (quotes % 2) return 'a header over several lines';
  const { fields, delimiter } = fieldsOf(header.text);
  let planned;
  try {
    planned = planExport(fields, { file: file.display, config, preset });
  } catch {
    return 'a header the reader refuses';
  }
  const problem = nativePlanProblem(planned.dataset, planned.plan);
  if (problem) return problem;
  if (!onlyCrlf(bytes)) return 'a carriage return without a line feed';
  return { path: file.path, display: file.display, bytes, encoding: header.bom ? 'utf-8-bom' : 'utf-8', delimiter, header: fields, dataset: planned.dataset as 'tickets' | 'surveys', plan: planned.plan };
}
