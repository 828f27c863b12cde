/**
 * PostgreSQL stores neither a lone UTF-16 surrogate (no UTF-8 form; jsonb refuses its \u escape) nor NUL
 * (text and jsonb both refuse it). Both become U+FFFD wherever text is stored, and comparisons with stored
 * values apply the same replacement to VOD's side.
 */
const UNSTORABLE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|\u0000/g;

/** The text as the store keeps it. */
export function storableText(text: string): string {
  return text.replace(UNSTORABLE, '\uFFFD');
}
