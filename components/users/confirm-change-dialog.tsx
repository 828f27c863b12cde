import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';

export interface PendingChange {
  title: string;
  /** What the change will do, in a sentence. */
  effect: string;
  confirmLabel: string;
  isDanger: boolean;
  run: () => void;
}

/** Asks before a change to a user: names its effect, and says it will be audited. */
export function ConfirmChangeDialog({
  change,
  isBusy,
  onCancel,
}: {
  change: PendingChange;
  isBusy: boolean;
  onCancel: () => void;
}) {
  const t = useTranslations();
  return (
    <Dialog
      open
      onClose={onCancel}
      title={change.title}
      description={`${change.effect} ${t('users.confirm.audited')}`}
      footer={
        <>
          <Button onClick={onCancel} disabled={isBusy}>
            {t('users.confirm.cancel')}
          </Button>
          <Button variant={change.isDanger ? 'danger' : 'primary'} onClick={change.run} disabled={isBusy}>
            {change.confirmLabel}
          </Button>
        </>
      }
    >
      {null}
    </Dialog>
  );
}
