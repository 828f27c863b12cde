import { describe, expect, it } from 'vitest';
import { translatorFor } from '@/lib/i18n/translator';
import { checkSaveRequest, type SaveRequest, saveRequestSchema } from './input';

const english = translatorFor('en');

const item = (videoId: string, changes: Record<string, unknown>, base: Record<string, unknown>) => ({
  videoId,
  title: 'A video',
  base,
  changes,
});

function parse(raw: unknown) {
  return saveRequestSchema.safeParse(raw);
}

function check(raw: unknown, maxItems = 50_000) {
  const parsed = parse(raw);
  if (!parsed.success) throw new Error(`structurally invalid: ${parsed.error.message}`);
  return checkSaveRequest(parsed.data, maxItems, english);
}

describe('[batches][input] structure', () => {
  it('accepts a well-formed request', () => {
    expect(parse({ items: [item('v1', { title: 'New' }, { title: 'Old' })] }).success).toBe(true);
  });

  it.each([
    ['no items', { items: [] }],
    ['items not an array', { items: 'v1' }],
    ['a wrong type', { items: [item('v1', { title: 42 }, { title: 'Old' })] }],
    ['an unknown field in the request', { items: [item('v1', { title: 'x' }, { title: 'y' })], admin: true }],
    [
      'an unknown field in an item',
      { items: [{ ...item('v1', { title: 'x' }, { title: 'y' }), status: 'updated' }] },
    ],
    [
      'an unknown field in the changes',
      { items: [item('v1', { title: 'x', Status: 'Normal' }, { title: 'y' })] },
    ],
    ['a 200 KB title', { items: [item('v1', { title: 'x'.repeat(200_000) }, { title: 'y' })] }],
    ['a video id with a comma', { items: [item('v1,v2', { title: 'x' }, { title: 'y' })] }],
    ['a fractional category', { items: [item('v1', { cateId: 1.5 }, { cateId: 1 })] }],
  ])('refuses %s', (_name, raw) => {
    expect(parse(raw).success).toBe(false);
  });

  it('names the offending field of the offending item', () => {
    const parsed = parse({
      items: [
        item('v1', { title: 'ok' }, { title: 'y' }),
        item('v2', { title: 'x'.repeat(200_000) }, { title: 'y' }),
      ],
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['items.1.changes.title']);
  });
});

describe('[batches][input] rules', () => {
  it('refuses more videos than the cap with a clear message', () => {
    const items = Array.from({ length: 60_000 }, (_, i) => item(`v${i}`, { title: 'New' }, { title: 'Old' }));
    const result = check({ items });
    expect(result).toMatchObject({ ok: false, code: 'too_large' });
    expect(!result.ok && result.message).toMatch(/at most 50,000 videos; this one has 60,000/);
  });

  it('refuses a video listed twice', () => {
    const result = check({
      items: [item('v1', { title: 'a' }, { title: 'o' }), item('v1', { title: 'b' }, { title: 'o' })],
    });
    expect(result).toMatchObject({
      ok: false,
      code: 'invalid_input',
      fieldErrors: { 'items.1.videoId': [expect.stringMatching(/more than once/)] },
    });
  });

  it("refuses values over VOD's byte limits, per field", () => {
    const result = check({ items: [item('v1', { title: '视'.repeat(50) }, { title: 'o' })] });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { 'items.0.changes.title': [expect.stringMatching(/150 of 128 bytes/)] },
    });
  });

  it('refuses two videos given the same Reference ID', () => {
    const result = check({
      items: [
        item('v1', { referenceId: 'same-ref' }, { referenceId: '' }),
        item('v2', { referenceId: 'same-ref' }, { referenceId: '' }),
      ],
    });
    expect(!result.ok && Object.keys(result.fieldErrors ?? {})).toEqual([
      'items.0.changes.referenceId',
      'items.1.changes.referenceId',
    ]);
  });

  it('refuses changes whose base does not list the same fields', () => {
    expect(check({ items: [item('v1', { title: 'a', description: 'b' }, { title: 'o' })] })).toMatchObject({
      ok: false,
      fieldErrors: { 'items.0.base': [expect.any(String)] },
    });
  });

  it('drops fields that did not change and items left without a change', () => {
    const result = check({
      items: [
        item('v1', { title: 'Same', description: 'New' }, { title: 'Same', description: 'Old' }),
        item('v2', { tags: ['a'] }, { tags: [' a '] }),
      ],
    });
    expect(result).toEqual({
      ok: true,
      label: '',
      note: '',
      items: [
        {
          videoId: 'v1',
          title: 'A video',
          base: { description: 'Old' },
          changes: { description: 'New' },
          tagOps: null,
        },
      ],
    });
    expect(check({ items: [item('v2', { tags: ['a'] }, { tags: ['a'] })] })).toMatchObject({
      ok: false,
      code: 'invalid_input',
    });
  });

  it('takes "add/remove tags" as an operation without a tags base, trimmed and deduplicated', () => {
    const result = check({
      items: [
        {
          videoId: 'v1',
          title: 'A',
          base: {},
          changes: {},
          tagOps: { add: [' x ', 'x', 'y'], remove: ['z'] },
        },
        { videoId: 'v2', title: 'B', base: {}, changes: {}, tagOps: { add: [' '], remove: [] } },
      ],
    });
    expect(result).toMatchObject({
      ok: true,
      items: [{ videoId: 'v1', changes: {}, tagOps: { add: ['x', 'y'], remove: ['z'] } }],
    });
    expect(
      check({
        items: [
          {
            videoId: 'v1',
            title: 'A',
            base: { tags: [] },
            changes: { tags: ['a'] },
            tagOps: { add: ['b'], remove: [] },
          },
        ],
      }),
    ).toMatchObject({ ok: false, fieldErrors: { 'items.0.tagOps': [expect.any(String)] } });
    expect(
      check({
        items: [{ videoId: 'v1', title: 'A', base: {}, changes: {}, tagOps: { add: ['a,b'], remove: [] } }],
      }),
    ).toMatchObject({ ok: false, fieldErrors: { 'items.0.tagOps.add': [expect.any(String)] } });
  });

  it('refuses a NUL character for its video alone, with a message naming the field', () => {
    const result = check({
      items: [
        item('v1', { description: 'bad \u0000 value' }, { description: 'Old' }),
        item('v2', { description: 'fine' }, { description: 'Old' }),
      ],
    });
    expect(result).toMatchObject({
      ok: true,
      items: [
        {
          videoId: 'v1',
          rejection: { code: 'InvalidCharacter', message: expect.stringContaining('description') },
        },
        { videoId: 'v2', changes: { description: 'fine' } },
      ],
    });
  });

  it('does not trust a request typed only on the surface', () => {
    const request: SaveRequest = {
      items: [item('v1', { coverUrl: 'javascript:alert(1)' }, { coverUrl: '' })],
    };
    expect(checkSaveRequest(request, 10, english)).toMatchObject({
      ok: false,
      fieldErrors: { 'items.0.changes.coverUrl': [expect.any(String)] },
    });
  });
});
