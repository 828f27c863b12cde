import type { Locale } from './locales';

/** Compares texts in the language's order: pinyin for Chinese, the alphabet (case aside) for English. */
export function textComparer(locale: Locale): (a: string, b: string) => number {
  return new Intl.Collator(locale).compare;
}
