import { useRef } from 'react';
import { useGridContext } from '../state/grid-context';
import { CategoryPicker, type PickKey } from './category-picker';
import styles from './editors.module.css';
import { usePopupPlacement } from './use-popup-placement';

const MOVES = { enter: 'down', shiftEnter: 'up', tab: 'right', shiftTab: 'left', click: 'none' } as const;

export function CategoryEditor({
  videoId,
  label,
  value,
  seed,
}: {
  videoId: string;
  label: string;
  value: number | null;
  seed: string | null;
}) {
  const { actions, categories, categoryRoots } = useGridContext();
  const frameRef = useRef<HTMLDivElement>(null);
  const isClosed = useRef(false);
  const placement = usePopupPlacement(frameRef, 300);

  const pick = (cateId: number, key: PickKey) => {
    if (isClosed.current) return;
    isClosed.current = true;
    actions.commitEdit(videoId, 'cateId', cateId, MOVES[key]);
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: leaving the picker by focus cancels the edit.
    <div
      ref={frameRef}
      data-cell-editor
      className={`${styles.editor} ${styles.pickerFrame}${placement === 'up' ? ` ${styles.tallUp}` : ''}`}
      onBlur={(event) => {
        if (isClosed.current || !document.hasFocus() || event.currentTarget.contains(event.relatedTarget))
          return;
        isClosed.current = true;
        actions.cancelEdit();
      }}
    >
      <CategoryPicker
        categories={categories}
        roots={categoryRoots}
        value={value}
        label={label}
        initialFilter={seed ?? ''}
        autoFocus
        onPick={pick}
        onCancel={() => {
          isClosed.current = true;
          actions.cancelEdit();
        }}
      />
    </div>
  );
}
