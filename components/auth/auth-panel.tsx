import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { LocaleSwitch } from '@/components/layout/locale-switch';
import styles from './auth-panel.module.css';

interface AuthPanelProps {
  /** The id of the panel's heading, which names the panel. */
  headingId: string;
  title: string;
  /** Lines under the title, before the form. */
  intro: readonly string[];
  children: ReactNode;
}

/** The centred card of the pages a person meets before the app: the product name, a title, the form. */
export async function AuthPanel({ headingId, title, intro, children }: AuthPanelProps) {
  const common = await getTranslations('common');
  return (
    <main className={styles.page}>
      <div className={styles.language}>
        <LocaleSwitch />
      </div>
      <section className={`card ${styles.panel}`} aria-labelledby={headingId}>
        <p className={styles.product}>{common('appName')}</p>
        <h1 id={headingId}>{title}</h1>
        {intro.map((line) => (
          <p key={line} className={styles.intro}>
            {line}
          </p>
        ))}
        {children}
      </section>
    </main>
  );
}
