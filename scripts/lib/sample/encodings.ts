/** How a generated file is encoded on disk. */
export type FileEncoding = 'utf8' | 'utf8-bom' | 'gbk' | 'utf16le-bom';

/** Byte-order mark written at the start of each encoding (empty when none). */
export const BYTE_ORDER_MARK: Record<FileEncoding, Buffer> = {
  utf8: Buffer.alloc(0),
  'utf8-bom': Buffer.from([0xef, 0xbb, 0xbf]),
  gbk: Buffer.alloc(0),
  'utf16le-bom': Buffer.from([0xff, 0xfe]),
};

let gbkTable: Uint16Array | null = null;

/**
 * Node can decode GBK but not encode it, so the reverse table is built once by decoding every
 * two-byte code; index = UTF-16 code unit, value = lead << 8 | trail (0: not encodable).
 */
function gbkEncodeTable(): Uint16Array {
  if (gbkTable) return gbkTable;
  const table = new Uint16Array(0x10000);
  const decoder = new TextDecoder('gbk');
  const pair = new Uint8Array(2);
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      pair[0] = lead;
      pair[1] = trail;
      const text = decoder.decode(pair);
      if (text.length !== 1 || text === '\ufffd') continue;
      const unit = text.charCodeAt(0);
      if (table[unit] === 0) table[unit] = (lead << 8) | trail;
    }
  }
  gbkTable = table;
  return table;
}

/** Encodes text as GBK; throws on a character GBK cannot represent. */
export function encodeGbk(text: string): Buffer {
  const table = gbkEncodeTable();
  const out = Buffer.allocUnsafe(text.length * 2);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) {
      out[n++] = unit;
      continue;
    }
    const code = table[unit] as number;
    if (code === 0) {
      throw new Error(`invalid GBK character: ${JSON.stringify(text[i])} (U+${unit.toString(16).toUpperCase()})`);
    }
    out[n++] = code >> 8;
    out[n++] = code & 0xff;
  }
  return out.subarray(0, n);
}

/** Encodes text (without byte-order mark) in the given file encoding. */
export function encodeText(text: string, encoding: FileEncoding): Buffer {
  switch (encoding) {
    case 'gbk':
      return encodeGbk(text);
    case 'utf16le-bom':
      return Buffer.from(text, 'utf16le');
    default:
      return Buffer.from(text, 'utf8');
  }
}
