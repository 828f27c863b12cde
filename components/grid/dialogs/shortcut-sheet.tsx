import { useTranslations } from 'next-intl';
import { Fragment } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { GRID_SHORTCUTS } from '../ops/shortcuts';
import styles from './shortcut-sheet.module.css';

/** The grid's keys, rendered from GRID_SHORTCUTS: opened by ?, Ctrl+/ or the toolbar's button. */
export function ShortcutSheet({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useTranslations('grid.shortcuts');
  const tCommon = useTranslations('common');
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t('title')}
      description={t('description')}
      footer={<Button onClick={onClose}>{tCommon('close')}</Button>}
    >
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">{t('keyColumn')}</th>
            <th scope="col">{t('actionColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {GRID_SHORTCUTS.map(({ id, combos }) => (
            <tr key={id}>
              <td>
                {combos.map((combo, index) => (
                  <Fragment key={combo.join('+')}>
                    {index > 0 ? <span className={styles.or}> {t('or')} </span> : null}
                    <kbd className={styles.combo}>
                      {combo.map((key, keyIndex) => (
                        <Fragment key={key}>
                          {keyIndex > 0 ? '+' : null}
                          <kbd>{key}</kbd>
                        </Fragment>
                      ))}
                    </kbd>
                  </Fragment>
                ))}
              </td>
              <td>{t(`actions.${id}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
