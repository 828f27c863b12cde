/**
 * One value per server process, kept on globalThis under a registered symbol: Next.js dev reloads of a
 * module, and the separate bundles of instrumentation, pages and route handlers, all see the same value.
 */
export function processSlot<T>(name: string) {
  const key = Symbol.for(`vod-bulk-editor.${name}`);
  const holder = globalThis as unknown as Record<symbol, T | undefined>;
  return {
    get: (): T | undefined => holder[key],
    set: (value: T | undefined): void => {
      holder[key] = value;
    },
    /** The value, made by `create` the first time any bundle asks. */
    getOrCreate(create: () => T): T {
      holder[key] ??= create();
      return holder[key] as T;
    },
  };
}
