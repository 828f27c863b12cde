'use client';

import { useRouter } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { LOCALES } from '@/lib/i18n/locales';
import { setLocaleAction } from '@/lib/i18n/set-locale-action';
import styles from './segmented-switch.module.css';

/**
 * 中文 / English: saves the choice and re-renders the page in it. A refresh, not a reload, so whatever the
 * page holds in the browser (unsaved grid edits) stays.
 */
export function LocaleSwitch() {
  const locale = useLocale();
  const t = useTranslations('language');
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [failed, setFailed] = useState(false);

  const choose = (next: (typeof LOCALES)[number]) =>
    startTransition(async () => {
      const result = await setLocaleAction(next).catch(() => ({ ok: false }));
      setFailed(!result.ok);
      if (result.ok) router.refresh();
    });

  return (
    <fieldset className={styles.switch} aria-busy={isPending}>
      <legend className="visually-hidden">{t('label')}</legend>
      {LOCALES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          className={styles.option}
          aria-pressed={option === locale}
          disabled={isPending}
          onClick={() => option !== locale && choose(option)}
        >
          {t(`names.${option}`)}
        </button>
      ))}
      {failed && (
        <span role="alert" className={styles.failed}>
          {t('failed')}
        </span>
      )}
    </fieldset>
  );
}
