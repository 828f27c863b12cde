import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { AuthPanel } from '@/components/auth/auth-panel';
import { ChangePasswordForm } from '@/components/auth/change-password-form';
import { CHANGE_PASSWORD_PATH, getCurrentUser } from '@/lib/auth/session';
import { signInHref } from '@/lib/auth/sign-in-params';

export const dynamic = 'force-dynamic';
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('auth'))('changePasswordTitle') };
}

export default async function ChangePasswordPage() {
  const user = await getCurrentUser();
  if (!user) redirect(signInHref({ callbackUrl: CHANGE_PASSWORD_PATH }));
  const t = await getTranslations('auth');
  return (
    <AuthPanel
      headingId="change-password-title"
      title={t('changePasswordTitle')}
      intro={[t('changePasswordIntro'), user.email]}
    >
      <ChangePasswordForm />
    </AuthPanel>
  );
}
