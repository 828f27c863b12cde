import { describe, expect, it } from 'vitest';
import { themeOf } from './view-cookies';

describe('themeOf', () => {
  it('reads the three choices and treats anything else as following the system', () => {
    expect(themeOf('light')).toBe('light');
    expect(themeOf('dark')).toBe('dark');
    expect(themeOf('system')).toBe('system');
    expect(themeOf(undefined)).toBe('system');
    expect(themeOf('dark;"><script>')).toBe('system');
  });
});
