'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { type FormEvent, useState, useTransition } from 'react';
import { confirmTwoStepAction, startTwoStepAction, turnOffTwoStepAction } from '@/app/(app)/account/actions';
import { FormAlert } from '@/components/ui/form-alert';
import type { TwoStepEnrolment } from '@/lib/auth/two-step';
import styles from './account.module.css';

type Step =
  | { kind: 'idle' }
  | { kind: 'enrolling'; enrolment: TwoStepEnrolment }
  | { kind: 'codes'; codes: string[] };

export interface TwoStepPanelProps {
  hasTwoStep: boolean;
  canTurnOff: boolean;
}

/** Two-step sign-in of the signed-in password account: set up (key, first code, recovery codes) or turn off. */
export function TwoStepPanel({ hasTwoStep, canTurnOff }: TwoStepPanelProps) {
  const t = useTranslations('account');
  const router = useRouter();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  function start() {
    setError(null);
    startTransition(async () => {
      const result = await startTwoStepAction({});
      if (result.ok) setStep({ kind: 'enrolling', enrolment: result.data });
      else setError(result.error.message);
    });
  }

  function submitCode(event: FormEvent<HTMLFormElement>, send: (code: string) => Promise<void>) {
    event.preventDefault();
    const code = String(new FormData(event.currentTarget).get('code') ?? '');
    setError(null);
    startTransition(() => send(code));
  }

  const confirm = (event: FormEvent<HTMLFormElement>) =>
    submitCode(event, async (code) => {
      const result = await confirmTwoStepAction({ code });
      if (result.ok) setStep({ kind: 'codes', codes: result.data.recoveryCodes });
      else setError(result.error.message);
    });

  const turnOff = (event: FormEvent<HTMLFormElement>) =>
    submitCode(event, async (code) => {
      const result = await turnOffTwoStepAction({ code });
      if (result.ok) router.refresh();
      else setError(result.error.message);
    });

  const alert = <FormAlert message={error} />;

  if (step.kind === 'codes') {
    return (
      <div className={styles.section}>
        <h3>{t('recoveryTitle')}</h3>
        <p>{t('recoveryIntro')}</p>
        <ul className={styles.codes} aria-label={t('recoveryTitle')}>
          {step.codes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ul>
        <div>
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => {
              setStep({ kind: 'idle' });
              router.refresh();
            }}
          >
            {t('recoveryDone')}
          </button>
        </div>
      </div>
    );
  }

  if (hasTwoStep) {
    return (
      <div className={styles.section}>
        <p role="status">{t('twoStepOn')}</p>
        {canTurnOff && (
          <form className={styles.form} onSubmit={turnOff} noValidate>
            {alert}
            <div className="field">
              <label htmlFor="two-step-off-code">{t('turnOffCodeLabel')}</label>
              <input id="two-step-off-code" name="code" autoComplete="one-time-code" required />
            </div>
            <div>
              <button type="submit" className="btn btn-danger" disabled={isPending}>
                {t('turnOff')}
              </button>
            </div>
          </form>
        )}
      </div>
    );
  }

  if (step.kind === 'enrolling') {
    return (
      <div className={styles.section}>
        <p>{t('setUpSteps')}</p>
        <dl>
          <dt>{t('secretLabel')}</dt>
          <dd className={styles.secret} data-testid="two-step-secret">
            {step.enrolment.secret}
          </dd>
          <dt>{t('uriLabel')}</dt>
          <dd className={styles.secret}>{step.enrolment.uri}</dd>
        </dl>
        <form className={styles.form} onSubmit={confirm} noValidate>
          {alert}
          <div className="field">
            <label htmlFor="two-step-code">{t('codeLabel')}</label>
            <input
              id="two-step-code"
              name="code"
              inputMode="numeric"
              autoComplete="one-time-code"
              // biome-ignore lint/a11y/noAutofocus: the field appears because the person must type into it next.
              autoFocus
              required
            />
          </div>
          <div>
            <button type="submit" className="btn btn-primary" disabled={isPending}>
              {t('confirm')}
            </button>
          </div>
        </form>
      </div>
    );
  }

  return (
    <div className={styles.section}>
      <p role="status">{t('twoStepOff')}</p>
      {alert}
      <div>
        <button type="button" className="btn btn-primary" onClick={start} disabled={isPending}>
          {t('setUp')}
        </button>
      </div>
    </div>
  );
}
