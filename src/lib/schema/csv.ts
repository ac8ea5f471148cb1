/** Delimiters the ingest recognises. */
export type Delimiter = ',' | ';' | '\t';

/** A CSV syntax error that stops the whole file: line and column (1-based field number). */
export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
    this.name = 'CsvSyntaxError';
  }
}

/** Picks the delimiter that splits the header line (outside quotes) into the most fields. */
export function sniffDelimiter(text: string): Delimiter {
  const end = text.indexOf('\n');
  const header = end === -1 ? text : text.slice(0, end);
  let best: Delimiter = ',';
  let bestCount = 0;
  for (const d of [',', ';', '\t'] as Delimiter[]) {
    let count = 0;
    let quoted = false;
    for (let i = 0; i < header.length; i++) {
      const c = header[i];
      if (c === '"') quoted = !quoted;
      else if (c === d && !quoted) count++;
    }
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * Parses RFC 4180 CSV (quoted fields, doubled quotes, multi-line fields, CRLF or LF) and calls
 * `onRecord` with the fields and the 1-based line each record starts on. Blank lines are skipped.
 * Returns false from `onRecord` to stop early.
 */
export function parseCsv(text: string, delimiter: Delimiter, onRecord: (fields: string[], line: number) => boolean | void): void {
  const n = text.length;
  const delim = delimiter.charCodeAt(0);
  let i = 0;
  let line = 1;
  while (i < n) {
    const c0 = text.charCodeAt(i);
    if (c0 === LF || (c0 === CR && text.charCodeAt(i + 1) === LF)) {
      i += c0 === CR ? 2 : 1;
      line++;
      continue;
    }
    const recordLine = line;
    const fields: string[] = [];
    let nl = text.indexOf('\n', i);
    if (nl === -1) nl = n;
    for (;;) {
      if (text.charCodeAt(i) === QUOTE) {
        let value = '';
        let start = i + 1;
        for (;;) {
          const q = text.indexOf('"', start);
          if (q === -1) throw new CsvSyntaxError(`unterminated quoted field`, recordLine, fields.length + 1);
          if (text.charCodeAt(q + 1) === QUOTE) {
            value += text.slice(start, q + 1);
            start = q + 2;
            continue;
          }
          value += text.slice(start, q);
          for (let k = i; k < q; k++) if (text.charCodeAt(k) === LF) line++;
          i = q + 1;
          break;
        }
        // text after the closing quote and before the delimiter is kept, as spreadsheets do
        let next = i;
        while (next < n && text.charCodeAt(next) !== delim && text.charCodeAt(next) !== LF) next++;
        if (next > i) value += text.slice(i, text.charCodeAt(next - 1) === CR ? next - 1 : next);
        fields.push(value);
        i = next;
        if (i >= n || text.charCodeAt(i) === LF) {
          i++;
          line++;
          break;
        }
        i++;
        nl = text.indexOf('\n', i);
        if (nl === -1) nl = n;
        continue;
      }
      let d = text.indexOf(delimiter, i);
      if (d === -1 || d > nl) d = -1;
      if (d !== -1) {
        fields.push(text.slice(i, d));
        i = d + 1;
        continue;
      }
      fields.push(text.slice(i, nl > i && text.charCodeAt(nl - 1) === CR ? nl - 1 : nl));
      i = nl + 1;
      line++;
      break;
    }
    if (onRecord(fields, recordLine) === false) return;
  }
}
