import { redirect } from 'next/navigation';
import { ChangePasswordForm } from '@/components/auth/change-password-form';
import { CHANGE_PASSWORD_PATH, getCurrentUser } from '@/lib/auth/session';
import { messages } from '@/lib/messages';
import styles from '../sign-in/sign-in.module.css';

export const dynamic = 'force-dynamic';
export const metadata = { title: `${messages.auth.changePasswordTitle} · ${messages.common.appName}` };

const t = messages.auth;

export default async function ChangePasswordPage() {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(CHANGE_PASSWORD_PATH)}`);
  return (
    <main className={styles.page}>
      <section className={`card ${styles.panel}`} aria-labelledby="change-password-title">
        <p className={styles.product}>{messages.common.appName}</p>
        <h1 id="change-password-title">{t.changePasswordTitle}</h1>
        <p className={styles.intro}>{t.changePasswordIntro}</p>
        <p className={styles.intro}>{user.email}</p>
        <ChangePasswordForm />
      </section>
    </main>
  );
}
