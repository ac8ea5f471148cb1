const LF = 10;
const CR = 13;
const QUOTE = 34;

/** Where each record of a CSV file starts: byte offset and 1-based line, header first. */
export interface RecordIndex {
  count: number;
  offsets: Float64Array;
  lines: Int32Array;
}

/**
 * Finds the records of a well-quoted CSV file in its bytes, as `parseCsv` splits them: a record
 * ends at a line break outside quotes, and blank lines between records are skipped. It only counts
 * quotes, so it is meant for files DuckDB's strict reader has already accepted (the caller checks
 * that both found the same number of records).
 */
export function indexRecords(bytes: Uint8Array): RecordIndex {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const n = buf.length;
  let offsets = new Float64Array(1024);
  let lines = new Int32Array(1024);
  let count = 0;
  let pos = 0;
  let line = 1;
  // the next quote at or after `pos` (n: none): searched once per quote, not once per line
  let quote = buf.indexOf(QUOTE);
  if (quote === -1) quote = n;
  while (pos < n) {
    // blank lines (LF or CRLF) between records are skipped
    if (buf[pos] === LF) {
      pos++;
      line++;
      continue;
    }
    if (buf[pos] === CR && buf[pos + 1] === LF) {
      pos += 2;
      line++;
      continue;
    }
    if (count === offsets.length) {
      offsets = grow(offsets);
      lines = grow(lines);
    }
    offsets[count] = pos;
    lines[count] = line;
    count++;
    let quoted = false;
    for (;;) {
      let nl = buf.indexOf(LF, pos);
      if (nl === -1) nl = n;
      while (quote < nl) {
        quoted = !quoted;
        quote = buf.indexOf(QUOTE, quote + 1);
        if (quote === -1) quote = n;
      }
      pos = nl + 1;
      line++;
      if (!quoted || nl === n) break;
    }
  }
  return { count, offsets: offsets.subarray(0, count), lines: lines.subarray(0, count) };
}

function grow<T extends Float64Array | Int32Array>(a: T): T {
  const b = new (a.constructor as { new (n: number): T })(a.length * 2);
  b.set(a);
  return b;
}
