import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { AuthPanel } from '@/components/auth/auth-panel';
import { SignInForm } from '@/components/auth/sign-in-form';
import { ensureDemoAccounts } from '@/lib/auth/demo-accounts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@/lib/auth/demo-credentials';
import { getCurrentUser } from '@/lib/auth/session';
import { signInErrorMessage } from '@/lib/auth/sign-in-errors';
import { parseSignInParams } from '@/lib/auth/sign-in-params';
import { getConfig } from '@/lib/config';
import styles from './sign-in.module.css';

export const dynamic = 'force-dynamic';
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('auth'))('signInTitle') };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const { callbackUrl, passwordChanged, error } = parseSignInParams(await searchParams);
  const config = getConfig();
  const isEmulator = config.mode === 'emulator';
  if (isEmulator) await ensureDemoAccounts(config.mode);
  if (await getCurrentUser()) redirect(callbackUrl);
  const t = await getTranslations('auth');

  return (
    <AuthPanel headingId="sign-in-title" title={t('signInTitle')} intro={[t('signInIntro')]}>
      {passwordChanged && <p role="status">{t('passwordChanged')}</p>}
      <SignInForm
        callbackUrl={callbackUrl}
        hasSingleSignOn={config.auth.oidc !== undefined}
        initialError={signInErrorMessage(t, error)}
      />
      {isEmulator && (
        <aside className={styles.demo} aria-labelledby="demo-accounts-title">
          <h2 id="demo-accounts-title">{t('demoAccountsTitle')}</h2>
          <p>{t('demoAccountsBody', { password: DEMO_PASSWORD })}</p>
          <ul>
            {DEMO_ACCOUNTS.map((account) => (
              <li key={account.email}>
                <code>{account.email}</code> — {t('demoAccountRole', { role: account.role })}
              </li>
            ))}
          </ul>
        </aside>
      )}
    </AuthPanel>
  );
}
