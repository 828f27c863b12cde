import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ChangePasswordForm } from '@/components/auth/change-password-form';
import { LocaleSwitch } from '@/components/layout/locale-switch';
import { CHANGE_PASSWORD_PATH, getCurrentUser } from '@/lib/auth/session';
import { signInHref } from '@/lib/auth/sign-in-params';
import styles from '../sign-in/sign-in.module.css';

export const dynamic = 'force-dynamic';
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('auth'))('changePasswordTitle') };
}

export default async function ChangePasswordPage() {
  const user = await getCurrentUser();
  if (!user) redirect(signInHref({ callbackUrl: CHANGE_PASSWORD_PATH }));
  const t = await getTranslations('auth');
  const common = await getTranslations('common');
  return (
    <main className={styles.page}>
      <div className={styles.language}>
        <LocaleSwitch />
      </div>
      <section className={`card ${styles.panel}`} aria-labelledby="change-password-title">
        <p className={styles.product}>{common('appName')}</p>
        <h1 id="change-password-title">{t('changePasswordTitle')}</h1>
        <p className={styles.intro}>{t('changePasswordIntro')}</p>
        <p className={styles.intro}>{user.email}</p>
        <ChangePasswordForm />
      </section>
    </main>
  );
}
