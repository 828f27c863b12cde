import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { SignOutEverywhereButton } from '@/components/account/sign-out-everywhere-button';
import { TwoStepPanel } from '@/components/account/two-step-panel';
import { requireUser, TWO_STEP_PATH } from '@/lib/auth/session';
import { getConfig } from '@/lib/config';

export const dynamic = 'force-dynamic';
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('account'))('pageTitle') };
}

export default async function AccountPage() {
  const user = await requireUser('viewer', TWO_STEP_PATH, { whileEnrolling: true });
  const t = await getTranslations('account');
  const adminMustKeep = user.role === 'admin' && getConfig().auth.requireAdminMfa;
  return (
    <div className="page">
      <h1>{t('pageTitle')}</h1>
      {user.mustEnrolTwoStep && (
        <p className="alert" role="alert">
          {t('mustEnrol')}
        </p>
      )}
      <section aria-labelledby="two-step-title">
        <h2 id="two-step-title">{t('twoStepTitle')}</h2>
        {user.hasPassword ? (
          <>
            <p>{t('twoStepIntro')}</p>
            <TwoStepPanel hasTwoStep={user.hasTwoStep} canTurnOff={!adminMustKeep} />
          </>
        ) : (
          <p>{t('twoStepSso')}</p>
        )}
      </section>
      <section aria-labelledby="sessions-title">
        <h2 id="sessions-title">{t('sessionsTitle')}</h2>
        <p>{t('sessionsIntro')}</p>
        <SignOutEverywhereButton />
      </section>
    </div>
  );
}
