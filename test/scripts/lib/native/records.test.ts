import { describe, expect, it } from 'vitest';
import { indexRecords } from '../../../../scripts/lib/native/records.ts';
import { parseCsv } from '../../../../src/lib/schema/index.ts';

const index = (text: string) => {
  const r = indexRecords(Buffer.from(text, 'utf8'));
  return { count: r.count, lines: [...r.lines], offsets: [...r.offsets] };
};

describe('indexRecords', () => {
  it('finds where each record starts, across quoted line breaks, CRLF and blank lines', () => {
    const text = 'a,b\r\n1,"x\r\ny"\r\n\r\n2,"q""r"\n\n\n3,z';
    // header on line 1; record 1 spans lines 2–3; a blank line 4; record 2 on line 5; blank 6 and 7; record 3 on line 8
    expect(index(text)).toEqual({ count: 4, lines: [1, 2, 5, 8], offsets: [0, 5, 17, 28] });
    // the lines agree with the JavaScript reader's
    const lines: number[] = [];
    parseCsv(text, ',', (_, line) => void lines.push(line));
    expect(lines).toEqual([1, 2, 5, 8]);
  });

  it('counts an unterminated quote as running to the end of the file', () => {
    expect(index('a\n"open\nstill\n')).toEqual({ count: 2, lines: [1, 2], offsets: [0, 2] });
  });

  it('finds nothing in an empty file, and a last record without a line break', () => {
    expect(index('')).toEqual({ count: 0, lines: [], offsets: [] });
    expect(index('a,b\n1,2')).toEqual({ count: 2, lines: [1, 2], offsets: [0, 4] });
  });
});
