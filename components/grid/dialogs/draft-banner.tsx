import { Button } from '@/components/ui/button';
import { gridMessages } from '@/lib/messages/grid';
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
  const savedAt = offer.savedAt.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section className="vg-banner" aria-label={gridMessages.draft.regionLabel}>
      <p className="vg-banner__text" role="status">
        {gridMessages.draft.offer(offer.changeCount, savedAt)}
      </p>
      <Button variant="primary" onClick={onRestore}>
        {gridMessages.draft.restore}
      </Button>
      <Button onClick={onDiscard}>{gridMessages.draft.discard}</Button>
    </section>
  );
}
