/**
 * Keys that reach an object's prototype (`__proto__`, `constructor`, `prototype`) are refused wherever
 * input comes in. React's action decoder silently drops `__proto__`, so a schema never sees it: the raw
 * action body is checked in proxy.ts, and the decoded input again in authedAction.
 */

const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Whether any plain object or array in a decoded value has a prototype key, or a plain object as its
 * prototype (what assigning a `__proto__` key makes), which a schema would see through. Instances of
 * classes (Date, File, FormData) are left to their schemas.
 */
export function hasPrototypeKey(value: unknown, depth = 0): boolean {
  if (value === null || typeof value !== 'object' || depth > 64) return false;
  if (Array.isArray(value)) return value.some((item) => hasPrototypeKey(item, depth + 1));
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return isAssignedPrototype(proto);
  for (const key of Object.keys(value)) {
    if (PROTOTYPE_KEYS.has(key) || hasPrototypeKey((value as Record<string, unknown>)[key], depth + 1)) {
      return true;
    }
  }
  return false;
}

// A class's prototype (Date, Blob, FormData) has its constructor as its own property; an object a
// `__proto__` key was made of has none.
function isAssignedPrototype(proto: unknown): boolean {
  if (proto === null || typeof proto !== 'object') return false;
  const parent: unknown = Object.getPrototypeOf(proto);
  const ownConstructor: unknown = Object.getOwnPropertyDescriptor(proto, 'constructor')?.value;
  return (parent === Object.prototype || parent === null) && typeof ownConstructor !== 'function';
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
