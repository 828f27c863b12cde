/**
 * Keys that reach an object's prototype (`__proto__`, `constructor`, `prototype`) are refused wherever
 * input comes in. React's action decoder silently drops `__proto__`, so a schema never sees it: the raw
 * action body is checked in proxy.ts, and the decoded input again in authedAction.
 */

const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Whether any object in a decoded value has a prototype key, or a prototype other than a plain object's
 * or an array's (what assigning a `__proto__` key makes), which a schema would see through.
 */
export function hasPrototypeKey(value: unknown, depth = 0): boolean {
  if (value === null || typeof value !== 'object' || depth > 64) return false;
  const proto = Object.getPrototypeOf(value);
  if (Array.isArray(value)) {
    return proto !== Array.prototype || value.some((item) => hasPrototypeKey(item, depth + 1));
  }
  if (proto !== Object.prototype && proto !== null) return !(value instanceof Date);
  for (const key of Object.keys(value)) {
    if (PROTOTYPE_KEYS.has(key) || hasPrototypeKey((value as Record<string, unknown>)[key], depth + 1)) {
      return true;
    }
  }
  return false;
}

/** Whether JSON text has a prototype key anywhere; false for text that is not JSON at all. */
export function jsonHasPrototypeKey(text: string): boolean {
  let found = false;
  try {
    JSON.parse(text, (key, value) => {
      if (PROTOTYPE_KEYS.has(key)) found = true;
      return value;
    });
  } catch {
    return false;
  }
  return found;
}
