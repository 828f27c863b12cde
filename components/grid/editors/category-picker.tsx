import { useTranslations } from 'next-intl';
import { type KeyboardEvent, useEffect, useId, useMemo, useState } from 'react';
import type { CategoryNode } from '@/lib/vod';
import { type CategoryIndex, categoryPathText, filterCategories } from '../ops/categories';
import styles from './editors.module.css';

export type PickKey = 'enter' | 'shiftEnter' | 'tab' | 'shiftTab' | 'click';

export interface CategoryPickerProps {
  categories: CategoryIndex;
  roots: readonly CategoryNode[];
  value: number | null;
  /** Accessible name of the filter box, e.g. the column name. */
  label: string;
  initialFilter?: string;
  onPick: (cateId: number, key: PickKey) => void;
  onCancel?: () => void;
  autoFocus?: boolean;
  /** Draws its own border, where no editor frame surrounds it (a form). */
  framed?: boolean;
  describedBy?: string;
}

interface VisibleItem {
  node: CategoryNode;
  level: number;
  /** The full path is shown while filtering, where the tree's nesting is flattened away. */
  showPath: boolean;
}

function ancestorsOf(categories: CategoryIndex, id: number | null): Set<number> {
  const expanded = new Set<number>();
  let node = id === null ? undefined : categories.byId.get(id);
  while (node && categories.byId.has(node.parentId)) {
    expanded.add(node.parentId);
    node = categories.byId.get(node.parentId);
  }
  return expanded;
}

/**
 * A category tree behind a filter box (the combobox pattern with a tree popup): typing filters by path,
 * arrows move, Right/Left expand and collapse, Enter picks. Focus stays in the box throughout.
 */
export function CategoryPicker({
  categories,
  roots,
  value,
  label,
  initialFilter = '',
  onPick,
  onCancel,
  autoFocus = false,
  framed = false,
  describedBy,
}: CategoryPickerProps) {
  const t = useTranslations('grid.categoryPicker');
  const treeId = useId();
  const [filter, setFilter] = useState(initialFilter);
  const [expanded, setExpanded] = useState(() => ancestorsOf(categories, value));
  const [activeId, setActiveId] = useState<number | null>(value);

  const items = useMemo<VisibleItem[]>(() => {
    if (filter.trim() !== '') {
      return filterCategories(categories, filter).map((node) => ({ node, level: 1, showPath: true }));
    }
    const visible: VisibleItem[] = [];
    const walk = (nodes: readonly CategoryNode[], level: number) => {
      for (const node of nodes) {
        visible.push({ node, level, showPath: false });
        if (expanded.has(node.id)) walk(node.children, level + 1);
      }
    };
    walk(roots, 1);
    return visible;
  }, [categories, roots, filter, expanded]);

  const activeIndex = items.findIndex((item) => item.node.id === activeId);
  const active = activeIndex >= 0 ? items[activeIndex] : undefined;
  const itemId = (id: number) => `${treeId}-${id}`;

  useEffect(() => {
    if (activeId !== null) document.getElementById(itemId(activeId))?.scrollIntoView({ block: 'nearest' });
  });

  const moveTo = (index: number) => {
    const item = items[Math.max(0, Math.min(index, items.length - 1))];
    if (item) setActiveId(item.node.id);
  };

  const setOpen = (id: number, open: boolean) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (open) next.add(id);
      else next.delete(id);
      return next;
    });

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const isFiltering = filter.trim() !== '';
    let handled = true;
    switch (event.key) {
      case 'ArrowDown':
        moveTo(activeIndex + 1);
        break;
      case 'ArrowUp':
        moveTo(activeIndex <= 0 ? 0 : activeIndex - 1);
        break;
      case 'Home':
        if (event.ctrlKey || isFiltering) handled = false;
        else moveTo(0);
        break;
      case 'End':
        if (event.ctrlKey || isFiltering) handled = false;
        else moveTo(items.length - 1);
        break;
      case 'ArrowRight':
        if (isFiltering || !active || active.node.children.length === 0) handled = false;
        else if (!expanded.has(active.node.id)) setOpen(active.node.id, true);
        else moveTo(activeIndex + 1);
        break;
      case 'ArrowLeft':
        if (isFiltering || !active) handled = false;
        else if (expanded.has(active.node.id)) setOpen(active.node.id, false);
        else if (categories.byId.has(active.node.parentId)) setActiveId(active.node.parentId);
        break;
      case 'Enter':
        if (active) onPick(active.node.id, event.shiftKey ? 'shiftEnter' : 'enter');
        break;
      case 'Tab':
        if (active && onCancel) onPick(active.node.id, event.shiftKey ? 'shiftTab' : 'tab');
        else handled = false;
        break;
      case 'Escape':
        if (onCancel) onCancel();
        else handled = false;
        break;
      default:
        handled = false;
    }
    if (handled) event.preventDefault();
    // Inside the grid, every key belongs to the picker while it is open.
    if (onCancel) event.stopPropagation();
  };

  return (
    <div className={framed ? styles.framed : undefined}>
      <input
        className={styles.filter}
        role="combobox"
        aria-label={label}
        aria-expanded="true"
        aria-haspopup="tree"
        aria-controls={treeId}
        aria-autocomplete="list"
        aria-activedescendant={active ? itemId(active.node.id) : undefined}
        aria-describedby={describedBy}
        placeholder={t('filterPlaceholder')}
        value={filter}
        // biome-ignore lint/a11y/noAutofocus: the picker opens because the viewer asked to edit this value.
        autoFocus={autoFocus}
        onChange={(event) => {
          const next = event.target.value;
          setFilter(next);
          const first = next.trim() === '' ? undefined : filterCategories(categories, next)[0];
          if (first) setActiveId(first.id);
        }}
        onKeyDown={onKeyDown}
      />
      <div id={treeId} role="tree" aria-label={t('treeLabel')} className={styles.tree}>
        {items.length === 0 ? (
          <div className={styles.empty}>{t('noMatches')}</div>
        ) : (
          items.map(({ node, level, showPath }) => {
            const hasChildren = node.children.length > 0 && !showPath;
            const isOpen = expanded.has(node.id);
            return (
              // biome-ignore lint/a11y/useFocusableInteractive: focus stays in the filter box (aria-activedescendant).
              // biome-ignore lint/a11y/useKeyWithClickEvents: the filter box handles the keys for every item.
              <div
                key={node.id}
                id={itemId(node.id)}
                role="treeitem"
                aria-level={level}
                aria-expanded={hasChildren ? isOpen : undefined}
                aria-selected={node.id === activeId}
                aria-current={node.id === value ? 'true' : undefined}
                className={styles.item}
                style={{ paddingInlineStart: `${0.5 + (level - 1) * 1.1}rem` }}
                // Keep focus in the filter box: a mouse pick must not blur it first.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => onPick(node.id, 'click')}
              >
                {hasChildren ? (
                  <span
                    className={styles.twisty}
                    aria-hidden="true"
                    onClick={(event) => {
                      event.stopPropagation();
                      setOpen(node.id, !isOpen);
                    }}
                  >
                    {isOpen ? '▾' : '▸'}
                  </span>
                ) : (
                  <span className={styles.twisty} aria-hidden="true" />
                )}
                <span>{showPath ? categoryPathText(node) : node.name}</span>
                {node.id === value ? <span aria-hidden="true"> ✓</span> : null}
              </div>
            );
          })
        )}
      </div>
    </div>
  );
}
