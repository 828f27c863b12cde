'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { messages } from '@/lib/messages';
import styles from './user-admin-table.module.css';

const t = messages.users.oneTime;

/** Shows a one-time password once, with a copy button; closing forgets it. */
export function OneTimePasswordDialog({
  email,
  password,
  onClose,
}: {
  email: string;
  password: string;
  onClose: () => void;
}) {
  const [isCopied, setIsCopied] = useState(false);
  return (
    <Dialog
      open
      onClose={onClose}
      title={t.title(email)}
      description={t.body}
      footer={
        <Button variant="primary" onClick={onClose}>
          {t.done}
        </Button>
      }
    >
      <div className={styles.secret}>
        <label className="field">
          <span>{t.label}</span>
          <input
            type="text"
            readOnly
            value={password}
            className={styles.mono}
            onFocus={(e) => e.target.select()}
          />
        </label>
        <Button
          onClick={() => {
            void navigator.clipboard?.writeText(password).then(() => setIsCopied(true));
          }}
        >
          {isCopied ? t.copied : t.copy}
        </Button>
      </div>
    </Dialog>
  );
}
