import { describe, expect, it } from 'vitest';
import { isLocale, localeFromEnvironment, negotiateLocale } from './locales';

describe('[I18N] Accept-Language negotiation', () => {
  it('takes the first language the app speaks, by quality then order', () => {
    expect(negotiateLocale('zh-CN,zh;q=0.9,en;q=0.8')).toBe('zh-CN');
    expect(negotiateLocale('en-US,en;q=0.9,zh-CN;q=0.8')).toBe('en');
    expect(negotiateLocale('en;q=0.5, zh-Hans;q=0.7')).toBe('zh-CN');
    expect(negotiateLocale('fr-FR, de;q=0.9, zh-TW;q=0.3')).toBe('zh-CN');
    expect(negotiateLocale('ZH')).toBe('zh-CN');
  });

  it('answers null for no header, languages it does not speak, or refused ones', () => {
    expect(negotiateLocale(null)).toBeNull();
    expect(negotiateLocale('')).toBeNull();
    expect(negotiateLocale('fr, de')).toBeNull();
    expect(negotiateLocale('zh;q=0, fr')).toBeNull();
    expect(negotiateLocale('*')).toBeNull();
  });

  it('knows its locales', () => {
    expect(isLocale('zh-CN')).toBe(true);
    expect(isLocale('en')).toBe(true);
    expect(isLocale('zh')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });
});

describe('[I18N] locale of a command line', () => {
  it('reads LC_ALL, then LC_MESSAGES, then LANG', () => {
    expect(localeFromEnvironment({ LANG: 'zh_CN.UTF-8' })).toBe('zh-CN');
    expect(localeFromEnvironment({ LANG: 'zh_CN.UTF-8', LC_MESSAGES: 'en_US.UTF-8' })).toBe('en');
    expect(localeFromEnvironment({ LANG: 'en_US.UTF-8', LC_ALL: 'zh_TW' })).toBe('zh-CN');
    expect(localeFromEnvironment({ LANG: 'de_DE@euro' })).toBeNull();
    expect(localeFromEnvironment({ LANG: 'C.UTF-8' })).toBeNull();
    expect(localeFromEnvironment({ LANG: 'C' })).toBeNull();
    expect(localeFromEnvironment({})).toBeNull();
  });
});
