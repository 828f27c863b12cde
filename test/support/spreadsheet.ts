/**
 * Encoders for the legacy encodings the import detects, for tests only: browsers and Node decode
 * GB18030 and Windows-1252 but cannot encode them, so the tables are built by inverting TextDecoder.
 */

type LegacyEncoding = 'gb18030' | 'windows-1252' | 'utf-16le';

let gbTable: Map<string, number[]> | null = null;

function gb18030Table(): Map<string, number[]> {
  if (gbTable) return gbTable;
  const decoder = new TextDecoder('gb18030', { fatal: true });
  gbTable = new Map();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      try {
        const char = decoder.decode(Uint8Array.from([lead, trail]));
        if (!gbTable.has(char)) gbTable.set(char, [lead, trail]);
      } catch {
        // Not a two-byte sequence: four-byte forms are not needed by the tests.
      }
    }
  }
  return gbTable;
}

/** Encodes text in a legacy encoding; throws on a character the encoding (or table) lacks. */
export function encodeLegacy(text: string, encoding: LegacyEncoding): Uint8Array {
  if (encoding === 'utf-16le') {
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      bytes[2 + i * 2] = code & 0xff;
      bytes[3 + i * 2] = code >> 8;
    }
    return bytes;
  }
  const out: number[] = [];
  const cp1252 = new TextDecoder('windows-1252');
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) {
      out.push(code);
      continue;
    }
    if (encoding === 'gb18030') {
      const bytes = gb18030Table().get(char);
      if (!bytes) throw new Error(`no GB18030 bytes for ${char}`);
      out.push(...bytes);
      continue;
    }
    let found = -1;
    for (let byte = 0x80; byte <= 0xff && found < 0; byte++) {
      if (cp1252.decode(Uint8Array.from([byte])) === char) found = byte;
    }
    if (found < 0) throw new Error(`no Windows-1252 byte for ${char}`);
    out.push(found);
  }
  return Uint8Array.from(out);
}
