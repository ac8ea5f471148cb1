import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, parseCsv, sniffDelimiter } from '../../../src/lib/schema/csv.ts';

const parse = (text: string, d: ',' | ';' | '\t' = ',') => {
  const rows: [string[], number][] = [];
  parseCsv(text, d, (f, line) => {
    rows.push([f, line]);
  });
  return rows;
};

describe('parseCsv', () => {
  it('splits plain records and numbers their lines', () => {
    expect(parse('a,b\n1,2\n3,4')).toEqual([
      [['a', 'b'], 1],
      [['1', '2'], 2],
      [['3', '4'], 3],
    ]);
  });

  it('handles CRLF, blank lines and a trailing newline', () => {
    expect(parse('a,b\r\n\r\n1,2\r\n')).toEqual([
      [['a', 'b'], 1],
      [['1', '2'], 3],
    ]);
  });

  it('reads quoted fields with delimiters, doubled quotes and line breaks, and keeps line numbers right after them', () => {
    const rows = parse('id,comment,n\n1,"say ""hi"", then\nleave",2\n3,x,4\n');
    expect(rows[1]).toEqual([['1', 'say "hi", then\nleave', '2'], 2]);
    expect(rows[2]).toEqual([['3', 'x', '4'], 4]);
  });

  it('keeps empty fields at the ends of a record', () => {
    expect(parse(',a,\n')).toEqual([[['', 'a', ''], 1]]);
    expect(parse('a,')).toEqual([[['a', ''], 1]]);
  });

  it('reads semicolon and tab delimited text', () => {
    expect(parse('a;b\n"1;2";3', ';')[1][0]).toEqual(['1;2', '3']);
    expect(parse('a\tb\n1\t2', '\t')[1][0]).toEqual(['1', '2']);
  });

  it('reports an unterminated quote with the line the record starts on', () => {
    try {
      parse('a,b\n1,2\n3,"open\nstill open');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CsvSyntaxError);
      expect((e as CsvSyntaxError).line).toBe(3);
      expect((e as CsvSyntaxError).column).toBe(2);
    }
  });
});

describe('sniffDelimiter', () => {
  it('picks the delimiter that splits the header, ignoring quoted ones', () => {
    expect(sniffDelimiter('a,b,c\n')).toBe(',');
    expect(sniffDelimiter('调查编号;工单编号;满意度\n')).toBe(';');
    expect(sniffDelimiter('a\tb\t"c,d,e"\n')).toBe('\t');
  });
});
