import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { GRID_HINT_DISMISSED_COOKIE, rememberInBrowser } from '@/lib/ui/view-cookies';

/**
 * Tells a new editor the cells are editable and where the shortcuts are, until they dismiss it; the
 * dismissal is a cookie the page reads, so the hint never flashes in on a later visit.
 */
export function FirstVisitHint() {
  const t = useTranslations('grid.hint');
  const textId = useId();
  const [isDismissed, setIsDismissed] = useState(false);
  if (isDismissed) return null;
  return (
    <aside className="vg-hint" aria-labelledby={textId}>
      <p className="vg-hint__text" id={textId}>
        <span aria-hidden="true">💡 </span>
        {t.rich('text', { key: (keys) => <kbd>{keys}</kbd> })}
      </p>
      <Button
        size="small"
        onClick={() => {
          setIsDismissed(true);
          rememberInBrowser(GRID_HINT_DISMISSED_COOKIE, '1');
        }}
      >
        {t('dismiss')}
      </Button>
    </aside>
  );
}
