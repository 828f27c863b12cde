/** RFC 3986 percent-encoding as Alibaba Cloud signs with it: encodeURIComponent plus `! ' ( ) *`. */
export function percentEncode(value: string): string {
  const encoded = encodeURIComponent(value);
  return RESERVED.test(encoded) ? encoded.replace(RESERVED_ALL, (c) => RESERVED_ESCAPES[c]!) : encoded;
}

const RESERVED = /[!'()*]/;
const RESERVED_ALL = /[!'()*]/g;
const RESERVED_ESCAPES: Readonly<Record<string, string>> = {
  '!': '%21',
  "'": '%27',
  '(': '%28',
  ')': '%29',
  '*': '%2A',
};

/**
 * Decodes one `application/x-www-form-urlencoded` component. A malformed escape is kept literally rather
 * than failing, as Node's querystring does, so a broken request still gets a signature error, not a crash.
 */
export function decodeComponent(value: string): string {
  const plain = value.indexOf('+') === -1 ? value : value.replace(/\+/g, ' ');
  if (plain.indexOf('%') === -1) return plain;
  try {
    return decodeURIComponent(plain);
  } catch {
    return plain;
  }
}

/** Parses a query string or form body into decoded key/value pairs; a repeated key keeps its last value. */
export function parseForm(text: string, into: Map<string, string> = new Map()): Map<string, string> {
  if (text === '') return into;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('&', start);
    if (end === -1) end = text.length;
    if (end > start) {
      const eq = text.indexOf('=', start);
      if (eq === -1 || eq > end) into.set(decodeComponent(text.slice(start, end)), '');
      else into.set(decodeComponent(text.slice(start, eq)), decodeComponent(text.slice(eq + 1, end)));
    }
    start = end + 1;
  }
  return into;
}
