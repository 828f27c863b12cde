import { SignOutEverywhereButton } from '@/components/account/sign-out-everywhere-button';
import { TwoStepPanel } from '@/components/account/two-step-panel';
import { requireUser, TWO_STEP_PATH } from '@/lib/auth/session';
import { getConfig } from '@/lib/config';
import { messages } from '@/lib/messages';

export const dynamic = 'force-dynamic';
export const metadata = { title: `${messages.account.pageTitle} · ${messages.common.appName}` };

const t = messages.account;

export default async function AccountPage() {
  const user = await requireUser('viewer', TWO_STEP_PATH, { whileEnrolling: true });
  const adminMustKeep = user.role === 'admin' && getConfig().auth.requireAdminMfa;
  return (
    <div className="page">
      <h1>{t.pageTitle}</h1>
      {user.mustEnrolTwoStep && (
        <p className="alert" role="alert">
          {t.mustEnrol}
        </p>
      )}
      <section aria-labelledby="two-step-title">
        <h2 id="two-step-title">{t.twoStepTitle}</h2>
        {user.hasPassword ? (
          <>
            <p>{t.twoStepIntro}</p>
            <TwoStepPanel hasTwoStep={user.hasTwoStep} canTurnOff={!adminMustKeep} />
          </>
        ) : (
          <p>{t.twoStepSso}</p>
        )}
      </section>
      <section aria-labelledby="sessions-title">
        <h2 id="sessions-title">{t.sessionsTitle}</h2>
        <p>{t.sessionsIntro}</p>
        <SignOutEverywhereButton />
      </section>
    </div>
  );
}
