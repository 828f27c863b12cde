import { useLocale, useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { formatInstant } from '@/lib/i18n/date-format';
import bars from '../grid-bars.module.css';
import type { DraftOffer } from '../state/use-draft-persistence';

export function DraftBanner({
  offer,
  onRestore,
  onDiscard,
}: {
  offer: DraftOffer;
  onRestore: () => void;
  onDiscard: () => void;
}) {
  const t = useTranslations('grid.draft');
  const locale = useLocale();
  const savedAt = formatInstant(locale, offer.savedAt.toISOString());
  return (
    <section className={bars.banner} aria-label={t('regionLabel')}>
      <p className={bars.text} role="status">
        {t('offer', { count: offer.changeCount, savedAt })}
      </p>
      <Button variant="primary" onClick={onRestore}>
        {t('restore')}
      </Button>
      <Button onClick={onDiscard}>{t('discard')}</Button>
    </section>
  );
}
