/** The locales the app speaks; the first one a browser asks for wins, English when it asks for neither. */
export const LOCALES = ['zh-CN', 'en'] as const;

export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'en';

/** The cookie that remembers a signed-out visitor's choice (and the last choice made on this browser). */
export const LOCALE_COOKIE = 'vod_locale';

/** The user-preference key holding a signed-in user's choice. */
export const LOCALE_PREFERENCE = 'locale';

/** Whether a value names one of the app's locales. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The app locale an Accept-Language header asks for, or null when it asks for none of them. Any Chinese
 * tag (zh, zh-CN, zh-Hans, zh-TW …) reads as zh-CN: the app has one Chinese, and simplified is closer for a
 * traditional reader than English.
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale | null {
  if (!acceptLanguage) return null;
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const quality = q ? Number(q.slice(2)) : 1;
      return { tag: tag.toLowerCase(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((entry) => entry.tag !== '' && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const { tag } of ranked) {
    if (tag === 'zh' || tag.startsWith('zh-')) return 'zh-CN';
    if (tag === 'en' || tag.startsWith('en-')) return 'en';
  }
  return null;
}

/**
 * The app locale a POSIX environment asks for (LC_ALL, then LC_MESSAGES, then LANG: "zh_CN.UTF-8"), or null
 * when it asks for none of them. For command-line tools.
 */
export function localeFromEnvironment(env: Record<string, string | undefined>): Locale | null {
  const value = env.LC_ALL || env.LC_MESSAGES || env.LANG;
  if (!value || value === 'C' || value === 'POSIX') return null;
  return negotiateLocale(value.split(/[.@]/)[0]?.replace('_', '-'));
}
