import { useSyncExternalStore } from 'react';
import { Button } from '@/components/ui/button';
import { gridMessages } from '@/lib/messages/grid';
import type { BulkKind } from './dialogs/bulk-dialog';
import { useGridContext } from './state/grid-context';
import { selectedRowCount } from './state/row-selection';

const ACTIONS: readonly { kind: BulkKind; label: string }[] = [
  { kind: 'addTags', label: gridMessages.bulk.addTags },
  { kind: 'removeTags', label: gridMessages.bulk.removeTags },
  { kind: 'replaceTags', label: gridMessages.bulk.replaceTags },
  { kind: 'setCategory', label: gridMessages.bulk.setCategory },
  { kind: 'findReplace', label: gridMessages.bulk.findReplace },
  { kind: 'affix', label: gridMessages.bulk.affix },
];

export function BulkBar({
  total,
  loadedCount,
  onOpen,
}: {
  total: number;
  loadedCount: number;
  onOpen: (kind: BulkKind) => void;
}) {
  const { selection } = useGridContext();
  const state = useSyncExternalStore(selection.subscribe, selection.getState, selection.getState);
  const matching = Math.max(total, loadedCount);
  const count = selectedRowCount(state, matching);
  return (
    <section className="vg-bulk" aria-label={gridMessages.bulk.barLabel}>
      <p className="vg-bulk__count" role="status">
        {state.isAllMatching ? gridMessages.allMatchingSelected(count) : gridMessages.selectedCount(count)}
      </p>
      {!state.isAllMatching && matching > 0 ? (
        <Button size="small" onClick={() => selection.selectAllMatching()}>
          {gridMessages.selectAllMatching(matching)}
        </Button>
      ) : null}
      {count > 0 ? (
        <Button size="small" variant="ghost" onClick={() => selection.clear()}>
          {gridMessages.clearSelection}
        </Button>
      ) : null}
      <div className="vg-bulk__actions">
        {ACTIONS.map((action) => (
          <Button key={action.kind} size="small" disabled={count === 0} onClick={() => onOpen(action.kind)}>
            {action.label}
          </Button>
        ))}
      </div>
    </section>
  );
}
