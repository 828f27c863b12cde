import { describe, expect, it } from 'vitest';
import { compileFindReplace, type FindReplaceOptions } from './find-replace';

function replaceIn(options: Partial<FindReplaceOptions>, text: string): string {
  const matcher = compileFindReplace({
    find: '',
    replace: '',
    isRegex: false,
    isCaseSensitive: false,
    ...options,
  });
  if (!matcher.ok) throw new Error(`unexpected error ${matcher.error.code}`);
  return matcher.replaceIn(text);
}

describe('compileFindReplace', () => {
  it('replaces every plain-text match, ignoring case by default', () => {
    expect(replaceIn({ find: 'cat', replace: 'dog' }, 'Cat and cat and CAT')).toBe('dog and dog and dog');
  });

  it('respects the case option', () => {
    expect(replaceIn({ find: 'cat', replace: 'dog', isCaseSensitive: true }, 'Cat and cat')).toBe(
      'Cat and dog',
    );
  });

  it('treats regex metacharacters and $ patterns literally in plain-text mode', () => {
    expect(replaceIn({ find: 'a.b', replace: '$&$1' }, 'a.b axb')).toBe('$&$1 axb');
  });

  it('supports regular expressions with capture groups', () => {
    expect(
      replaceIn({ find: 'Episode (\\d+)', replace: 'Ep. $1', isRegex: true }, 'Episode 12: Episode 3'),
    ).toBe('Ep. 12: Ep. 3');
  });

  it('can anchor a regular expression to add a prefix', () => {
    expect(replaceIn({ find: '^', replace: '[HD] ', isRegex: true }, 'Title')).toBe('[HD] Title');
  });

  it('reports an invalid regular expression instead of throwing', () => {
    const matcher = compileFindReplace({
      find: '(unclosed',
      replace: '',
      isRegex: true,
      isCaseSensitive: false,
    });
    expect(matcher.ok).toBe(false);
    if (!matcher.ok) {
      expect(matcher.error.code).toBe('invalidRegex');
      expect(matcher.error).toHaveProperty('detail');
      expect((matcher.error as { detail: string }).detail).not.toMatch(/^Invalid regular expression/);
    }
  });

  it('reports an empty search', () => {
    expect(compileFindReplace({ find: '', replace: 'x', isRegex: true, isCaseSensitive: false })).toEqual({
      ok: false,
      error: { code: 'empty' },
    });
  });

  it('is reusable across texts (no sticky lastIndex state)', () => {
    const matcher = compileFindReplace({ find: 'a', replace: 'b', isRegex: true, isCaseSensitive: true });
    if (!matcher.ok) throw new Error('unexpected');
    expect(matcher.replaceIn('aaa')).toBe('bbb');
    expect(matcher.replaceIn('xa')).toBe('xb');
  });
});
