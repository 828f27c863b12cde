'use client';

import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { messages } from '@/lib/messages';

const t = messages.users.confirm;

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
  return (
    <Dialog
      open
      onClose={onCancel}
      title={change.title}
      description={`${change.effect} ${t.audited}`}
      footer={
        <>
          <Button onClick={onCancel} disabled={isBusy}>
            {t.cancel}
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
