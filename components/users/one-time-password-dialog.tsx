import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import styles from './user-admin-table.module.css';

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
  const t = useTranslations();
  const [isCopied, setIsCopied] = useState(false);
  return (
    <Dialog
      open
      onClose={onClose}
      title={t('users.oneTime.title', { email })}
      description={t('users.oneTime.body')}
      footer={
        <Button variant="primary" onClick={onClose}>
          {t('users.oneTime.done')}
        </Button>
      }
    >
      <div className={styles.secret}>
        <label className="field">
          <span>{t('users.oneTime.label')}</span>
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
          {isCopied ? t('users.oneTime.copied') : t('users.oneTime.copy')}
        </Button>
      </div>
    </Dialog>
  );
}
