import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../locales';
import { catalogs } from '.';

/** Every message of a catalog by its dotted key. */
function flatten(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') {
    out.set(prefix, value);
    return out;
  }
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    for (const [path, text] of flatten(child, prefix ? `${prefix}.${key}` : key)) out.set(path, text);
  }
  return out;
}

interface AstNode {
  type: number;
  value?: unknown;
  options?: Record<string, { value: AstNode[] }>;
}

/**
 * The argument names an ICU message uses, from its parsed form: all of them, and those it prints as values
 * ({name}, {n, number}) rather than only choosing a form with (plural and select).
 */
function argumentsOf(message: string, locale: string): { all: string[]; printed: string[] } {
  const all = new Set<string>();
  const printed = new Set<string>();
  const walk = (nodes: AstNode[]) => {
    for (const node of nodes) {
      // 0 is literal text and 7 the plural's #: neither names an argument.
      if (node.type !== 0 && node.type !== 7 && typeof node.value === 'string') all.add(node.value);
      if ((node.type === 1 || node.type === 2) && typeof node.value === 'string') printed.add(node.value);
      for (const option of Object.values(node.options ?? {})) walk(option.value);
    }
  };
  walk(new IntlMessageFormat(message, locale).getAst() as AstNode[]);
  return { all: [...all].sort(), printed: [...printed].sort() };
}

const flat = Object.fromEntries(LOCALES.map((locale) => [locale, flatten(catalogs[locale])]));

describe('[I18N] catalogs', () => {
  it('have the same keys in every locale', () => {
    const [first, ...rest] = LOCALES;
    const reference = [...(flat[first] ?? new Map()).keys()].sort();
    for (const locale of rest) {
      const keys = [...(flat[locale] ?? new Map()).keys()].sort();
      expect({ locale, missing: reference.filter((k) => !keys.includes(k)) }).toEqual({
        locale,
        missing: [],
      });
      expect({ locale, extra: keys.filter((k) => !reference.includes(k)) }).toEqual({ locale, extra: [] });
    }
  });

  it('have no empty message, and every message parses as ICU with the arguments English has', () => {
    for (const [key, english] of flat.en ?? new Map<string, string>()) {
      for (const locale of LOCALES) {
        const message = flat[locale]?.get(key) ?? '';
        expect({ locale, key, empty: message.trim() === '' && english.trim() !== '' }).toMatchObject({
          empty: false,
        });
        expect(() => new IntlMessageFormat(message, locale), `${locale} ${key}`).not.toThrow();
        // A translation uses no argument the code does not pass, and prints every value English prints
        // (it may drop a plural choice: Chinese nouns have one form).
        const args = argumentsOf(message, locale);
        const reference = argumentsOf(english, 'en');
        expect({ locale, key, unknown: args.all.filter((name) => !reference.all.includes(name)) }).toEqual({
          locale,
          key,
          unknown: [],
        });
        expect({
          locale,
          key,
          dropped: reference.printed.filter((name) => !args.all.includes(name)),
        }).toEqual({
          locale,
          key,
          dropped: [],
        });
      }
    }
  });

  it('has no key with a dot in it (next-intl reads dots as nesting)', () => {
    for (const key of flat.en?.keys() ?? [])
      expect(key.split('.').every((part) => part.length > 0)).toBe(true);
  });
});
