'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { rememberInBrowser, THEME_COOKIE, THEMES, type Theme } from '@/lib/ui/view-cookies';
import styles from './segmented-switch.module.css';

/**
 * Light / dark / system: applied at once on <html> and remembered in a cookie the server reads before it
 * renders the next page, so a reload paints in the chosen scheme from the start.
 */
export function ThemeSwitch({ initial }: { initial: Theme }) {
  const t = useTranslations('common.theme');
  const [theme, setTheme] = useState(initial);

  const choose = (next: Theme) => {
    setTheme(next);
    rememberInBrowser(THEME_COOKIE, next);
    if (next === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = next;
  };

  return (
    <fieldset className={styles.switch}>
      <legend className="visually-hidden">{t('label')}</legend>
      {THEMES.map((option) => (
        <button
          key={option}
          type="button"
          className={styles.option}
          aria-pressed={option === theme}
          onClick={() => choose(option)}
        >
          {t(option)}
        </button>
      ))}
    </fieldset>
  );
}
