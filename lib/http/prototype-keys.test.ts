import { describe, expect, it } from 'vitest';
import { hasPrototypeKey, jsonHasPrototypeKey } from './prototype-keys';

describe('[SECURITY][prototype keys]', () => {
  it('finds prototype keys at any depth of JSON text, not in string values', () => {
    expect(jsonHasPrototypeKey('[{"items":[{"a":1,"__proto__":{"x":1}}]}]')).toBe(true);
    expect(jsonHasPrototypeKey('{"a":{"constructor":{"prototype":{}}}}')).toBe(true);
    expect(jsonHasPrototypeKey('{"title":"\\"__proto__\\": is just text","tags":["constructor"]}')).toBe(
      false,
    );
    expect(jsonHasPrototypeKey('not json')).toBe(false);
  });

  it('finds them in decoded values, and objects whose prototype was replaced', () => {
    expect(hasPrototypeKey(JSON.parse('{"a":[{"prototype":1}]}'))).toBe(true);
    expect(hasPrototypeKey(Object.setPrototypeOf({ a: 1 }, { b: 2 }))).toBe(true);
    expect(hasPrototypeKey({ a: [1, { b: new Date(0) }], c: Object.create(null) })).toBe(false);
    expect(hasPrototypeKey({ file: new Blob(['x']), form: new FormData(), when: new Date(0) })).toBe(false);
  });
});
