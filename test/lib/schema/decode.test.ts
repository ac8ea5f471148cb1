import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../src/lib/schema/decode.ts';
import { gbk, utf16be, utf16le } from '../../helpers/ingest.ts';

const text = '工单编号,渠道\nGD1,在线客服\n';

describe('decodeBytes', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeBytes(new TextEncoder().encode(text))).toEqual({ text, encoding: 'utf-8' });
    expect(decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]))).toEqual({ text, encoding: 'utf-8-bom' });
  });

  it('reads GBK (as GB18030) when the bytes are not UTF-8', () => {
    expect(decodeBytes(gbk(text))).toEqual({ text, encoding: 'gb18030' });
  });

  it('reads UTF-16 LE and BE by their BOM', () => {
    expect(decodeBytes(utf16le(text))).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeBytes(utf16be(text))).toEqual({ text, encoding: 'utf-16be' });
  });
});
