import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { GRID_HINT_DISMISSED_COOKIE, rememberInBrowser } from '@/lib/ui/view-cookies';
import bars from './grid-bars.module.css';

/** An "i" in a circle, drawn in the text colour: an emoji would depend on the viewer's fonts. */
function InfoIcon() {
  return (
    <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16" className={bars.hintIcon}>
      <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <rect x="7.25" y="7" width="1.5" height="5" rx="0.75" fill="currentColor" />
      <circle cx="8" cy="4.75" r="1" fill="currentColor" />
    </svg>
  );
}

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
    <aside className={bars.hint} aria-labelledby={textId}>
      <p className={bars.hintText} id={textId}>
        <InfoIcon /> {t.rich('text', { key: (keys) => <kbd>{keys}</kbd> })}
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
