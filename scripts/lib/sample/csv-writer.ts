import { closeSync, openSync, writeSync } from 'node:fs';
import { BYTE_ORDER_MARK, encodeText, type FileEncoding } from './encodings.ts';

/** How a delimited file is laid out on disk. */
export interface CsvLayout {
  encoding: FileEncoding;
  delimiter: ',' | ';' | '\t';
  lineEnd: '\n' | '\r\n';
}

const BUFFER_BYTES = 1 << 21;
const NEEDS_QUOTES: Record<CsvLayout['delimiter'], RegExp> = { ',': /[",\r\n]/, ';': /[";\r\n]/, '\t': /["\t\r\n]/ };

/** Quotes a field when it holds the delimiter, a quote or a line break (RFC 4180). */
export function csvField(value: string, delimiter: CsvLayout['delimiter']): string {
  return NEEDS_QUOTES[delimiter].test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Streams rows to a delimited text file through a fixed two-megabyte buffer. */
export class CsvWriter {
  private readonly fd: number;
  private readonly needsQuotes: RegExp;
  private readonly utf8: boolean;
  private readonly buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  private used = 0;
  /** data rows written so far (the header not included) */
  rows = 0;

  /**
   * `freeTextColumns` lists the columns that may hold a delimiter, quote or line break; the
   * others (ids, times, vocabulary, numbers) are written as they are, which keeps a million
   * rows fast. By default every column is checked.
   */
  constructor(
    readonly path: string,
    private readonly layout: CsvLayout,
    header: readonly string[],
    private readonly freeTextColumns: readonly number[] = header.map((_, i) => i),
  ) {
    this.fd = openSync(path, 'w');
    this.needsQuotes = NEEDS_QUOTES[layout.delimiter];
    this.utf8 = layout.encoding === 'utf8' || layout.encoding === 'utf8-bom';
    writeSync(this.fd, BYTE_ORDER_MARK[layout.encoding]);
    this.push(header.map((name) => csvField(name, layout.delimiter)));
  }

  /** Appends one data row. */
  write(fields: readonly string[]): void {
    let quoted: string[] | null = null;
    for (const column of this.freeTextColumns) {
      const value = fields[column];
      if (value !== undefined && this.needsQuotes.test(value)) {
        quoted ??= [...fields];
        quoted[column] = `"${value.replaceAll('"', '""')}"`;
      }
    }
    this.push(quoted ?? fields);
    this.rows++;
  }

  /** Flushes what is buffered and closes the file. */
  close(): void {
    this.flush();
    closeSync(this.fd);
  }

  private push(fields: readonly string[]): void {
    const line = fields.join(this.layout.delimiter) + this.layout.lineEnd;
    // UTF-8 needs at most three bytes per UTF-16 code unit; GBK and UTF-16 need two.
    if (this.used + line.length * 3 > BUFFER_BYTES) this.flush();
    if (line.length * 3 > BUFFER_BYTES) writeSync(this.fd, encodeText(line, this.layout.encoding));
    else if (this.utf8) this.used += this.buffer.write(line, this.used, 'utf8');
    else this.used += encodeText(line, this.layout.encoding).copy(this.buffer, this.used);
  }

  private flush(): void {
    if (this.used > 0) writeSync(this.fd, this.buffer, 0, this.used);
    this.used = 0;
  }
}
