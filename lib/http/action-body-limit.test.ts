import { describe, expect, it } from 'vitest';
import { checkActionBodyText } from './action-body';
import { ACTION_BODY_LIMIT_BYTES, exceedsActionBodyLimit } from './action-body-limit';

/** A save request whose JSON body is about `bytes` long, in `char` (1 to 3 UTF-8 bytes each). */
function saveOf(bytes: number, char = 'a') {
  const perItem = 1_000_000;
  const description = char.repeat(perItem / new TextEncoder().encode(char).byteLength);
  const items = Array.from({ length: Math.ceil(bytes / perItem) }, (_, i) => ({
    videoId: `v${i}`,
    changes: { description: { before: '', after: description } },
  }));
  return [{ items }];
}

describe('exceedsActionBodyLimit', () => {
  it('lets a save under the limit go, and stops one over it that the server would refuse', () => {
    const under = saveOf(ACTION_BODY_LIMIT_BYTES - 1_000_000);
    expect(exceedsActionBodyLimit(under)).toBe(false);
    expect(checkActionBodyText(JSON.stringify(under))).toBeNull();

    const over = saveOf(ACTION_BODY_LIMIT_BYTES + 1_000_000);
    expect(exceedsActionBodyLimit(over)).toBe(true);
    expect(checkActionBodyText(JSON.stringify(over))?.code).toBe('too_large');
  });

  it('counts UTF-8 bytes, as the server counts the request: Chinese text is three bytes a character', () => {
    // About 16 million characters, 48 MB as UTF-8: under the limit in characters, over it in bytes.
    const chinese = saveOf(ACTION_BODY_LIMIT_BYTES + 8_000_000, '标');
    expect(JSON.stringify(chinese).length).toBeLessThan(ACTION_BODY_LIMIT_BYTES);
    expect(exceedsActionBodyLimit(chinese)).toBe(true);
  });
});
