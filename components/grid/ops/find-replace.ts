export interface FindReplaceOptions {
  find: string;
  replace: string;
  isRegex: boolean;
  isCaseSensitive: boolean;
}

export type FindReplaceMatcher =
  | { ok: true; replaceIn: (text: string) => string }
  | { ok: false; error: { code: 'empty' } | { code: 'invalidRegex'; detail: string } };

/**
 * Compiles find-and-replace options into a replacer. Never throws: an empty search or an invalid
 * regular expression comes back as an error value the dialog shows while the viewer types.
 */
export function compileFindReplace(options: FindReplaceOptions): FindReplaceMatcher {
  if (options.find === '') return { ok: false, error: { code: 'empty' } };
  const flags = options.isCaseSensitive ? 'g' : 'gi';
  if (!options.isRegex) {
    const pattern = new RegExp(escapeRegExp(options.find), flags);
    // A function replacement keeps `$&` and friends literal in plain-text mode.
    const literal = () => options.replace;
    return { ok: true, replaceIn: (text) => text.replace(pattern, literal) };
  }
  try {
    const pattern = new RegExp(options.find, flags);
    return { ok: true, replaceIn: (text) => text.replace(pattern, options.replace) };
  } catch (error) {
    return {
      ok: false,
      // Engines prefix their message with "Invalid regular expression:", which the UI says itself.
      error: {
        code: 'invalidRegex',
        detail: (error instanceof Error ? error.message : String(error)).replace(
          /^Invalid regular expression:\s*/i,
          '',
        ),
      },
    };
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
