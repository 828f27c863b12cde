/**
 * Finds how a CSV file's bytes are encoded and decodes them. UTF-8 (with or without a byte-order mark)
 * is read as is; UTF-16 (Excel's "Unicode text"), GB18030/GBK (WPS and Excel on Chinese Windows) and
 * Windows-1252 (Excel on Western Windows) are detected and converted, and the caller tells the viewer.
 */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

const decode = (encoding: TextEncodingName, bytes: Uint8Array, fatal: boolean): string | null => {
  try {
    return new TextDecoder(encoding, { fatal, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
};

/** UTF-16 without a byte-order mark: ASCII text has a zero byte in every other position. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = Math.min(bytes.length, 4096) & ~1;
  if (sample < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = sample / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

// CJK ideographs and CJK punctuation/full-width forms: what GB18030-encoded sheets are full of.
const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]/g;

/** Decodes a CSV file's bytes, naming the encoding it found. */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decode('utf-8', bytes, false)!, encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: decode('utf-16le', bytes, false)!, encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: decode('utf-16be', bytes, false)!, encoding: 'utf-16be' };
  const utf16 = sniffUtf16(bytes);
  if (utf16) return { text: decode(utf16, bytes, false)!, encoding: utf16 };
  const utf8 = decode('utf-8', bytes, true);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  // Western text in Windows-1252 almost never forms valid GB18030 sequences full of ideographs.
  const gb = decode('gb18030', bytes, true);
  if (gb !== null) {
    const nonAscii = gb.replace(/[\u0000-\u007f]/g, '').length;
    const cjk = gb.match(CJK)?.length ?? 0;
    if (nonAscii > 0 && cjk / nonAscii >= 0.5) return { text: gb, encoding: 'gb18030' };
  }
  return { text: decode('windows-1252', bytes, false)!, encoding: 'windows-1252' };
}
