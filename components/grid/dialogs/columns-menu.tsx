import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import type { GridColumn } from '../columns';
import type { ConfigurableColumnId } from '../state/preferences';
import type { VideoTable } from '../state/use-video-table';
import styles from './columns-menu.module.css';

/** A disclosure listing the configurable columns: show or hide each, pin it, move it earlier or later. */
export function ColumnsMenu({
  table,
  onReset,
  pinned,
  onTogglePinned,
}: {
  table: VideoTable;
  onReset: () => void;
  pinned: readonly ConfigurableColumnId[];
  onTogglePinned: (id: ConfigurableColumnId) => void;
}) {
  const t = useTranslations();
  const [isOpen, setIsOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!isOpen) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setIsOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [isOpen]);

  const columns = table.getAllLeafColumns().filter((column) => column.getCanHide());
  const order = columns.map((column) => column.id);
  const move = (index: number, delta: number) => {
    const target = index + delta;
    if (target < 0 || target >= order.length) return;
    const next = [...order];
    [next[index], next[target]] = [next[target]!, next[index]!];
    table.setColumnOrder(next);
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape anywhere in the open menu closes it.
    <div
      ref={rootRef}
      className={styles.menu}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && isOpen) {
          event.stopPropagation();
          setIsOpen(false);
        }
      }}
    >
      <Button aria-expanded={isOpen} aria-controls={panelId} onClick={() => setIsOpen((open) => !open)}>
        {t('grid.columnsMenu')}
        <span aria-hidden="true">▾</span>
      </Button>
      {isOpen ? (
        <fieldset id={panelId} className={styles.panel}>
          <legend className={styles.title}>{t('grid.columnsMenuTitle')}</legend>
          <ul className={styles.list}>
            {columns.map((column, index) => {
              const label = t((column.columnDef.meta as GridColumn).labelKey);
              const id = column.id as ConfigurableColumnId;
              const isPinned = pinned.includes(id);
              return (
                <li key={column.id} className={styles.item}>
                  <label className={styles.label}>
                    <Checkbox
                      checked={column.getIsVisible()}
                      onChange={(event) => column.toggleVisibility(event.target.checked)}
                    />
                    {label}
                  </label>
                  <Button
                    size="small"
                    variant="ghost"
                    className={styles.pin}
                    aria-label={t('grid.pinColumn', { label })}
                    aria-pressed={isPinned}
                    title={isPinned ? t('grid.pinnedHint') : t('grid.unpinnedHint')}
                    onClick={() => onTogglePinned(id)}
                  >
                    <span aria-hidden="true">{isPinned ? '◆' : '◇'}</span>
                  </Button>
                  <Button
                    size="small"
                    variant="ghost"
                    aria-label={t('grid.moveColumnUp', { label })}
                    disabled={index === 0}
                    onClick={() => move(index, -1)}
                  >
                    <span aria-hidden="true">↑</span>
                  </Button>
                  <Button
                    size="small"
                    variant="ghost"
                    aria-label={t('grid.moveColumnDown', { label })}
                    disabled={index === columns.length - 1}
                    onClick={() => move(index, 1)}
                  >
                    <span aria-hidden="true">↓</span>
                  </Button>
                </li>
              );
            })}
          </ul>
          <Button size="small" onClick={onReset}>
            {t('grid.resetColumns')}
          </Button>
        </fieldset>
      ) : null}
    </div>
  );
}
