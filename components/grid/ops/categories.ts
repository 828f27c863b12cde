import type { CategoryText } from '@/lib/edits/fields';
import type { CategoryNode } from '@/lib/vod';

export interface CategoryIndex {
  byId: ReadonlyMap<number, CategoryNode>;
  /** Every category, depth first, parents before their children. */
  flat: readonly CategoryNode[];
  ids: ReadonlySet<number>;
  /** The index as the field registry reads categories: path text out, id from text in. */
  text: CategoryText;
}

export const CATEGORY_PATH_SEPARATOR = ' / ';

/** Indexes a category tree for lookups by id and for flat, filtered listing. */
export function indexCategories(roots: readonly CategoryNode[]): CategoryIndex {
  const byId = new Map<number, CategoryNode>();
  const flat: CategoryNode[] = [];
  const visit = (nodes: readonly CategoryNode[]) => {
    for (const node of nodes) {
      byId.set(node.id, node);
      flat.push(node);
      visit(node.children);
    }
  };
  visit(roots);
  const index: CategoryIndex = {
    byId,
    flat,
    ids: new Set(byId.keys()),
    text: {
      pathOf: (id) => {
        const node = byId.get(id);
        return node ? categoryPathText(node) : null;
      },
      resolve: (text) => resolveCategory(index, text),
    },
  };
  return index;
}

/** The category's path for display, e.g. "Sports / Football". */
export function categoryPathText(node: CategoryNode): string {
  return node.path.join(CATEGORY_PATH_SEPARATOR);
}

const normalise = (text: string) =>
  text
    .split('/')
    .map((part) => part.trim().toLocaleLowerCase())
    .filter((part) => part.length > 0)
    .join('/');

/**
 * Finds the category a pasted or typed text means: its numeric id, its full path ("A / B"), or a name
 * that only one category has. Null when nothing or more than one category matches.
 */
export function resolveCategory(index: CategoryIndex, text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (/^\d+$/.test(trimmed)) {
    const id = Number(trimmed);
    if (index.byId.has(id)) return id;
  }
  const wanted = normalise(trimmed);
  const byPath = index.flat.find((node) => normalise(node.path.join('/')) === wanted);
  if (byPath) return byPath.id;
  const byName = index.flat.filter((node) => node.name.trim().toLocaleLowerCase() === wanted);
  return byName.length === 1 ? byName[0]!.id : null;
}

/** Categories whose path contains the filter text (case-insensitive), in tree order. */
export function filterCategories(index: CategoryIndex, filter: string): CategoryNode[] {
  const wanted = filter.trim().toLocaleLowerCase();
  if (wanted === '') return [...index.flat];
  return index.flat.filter((node) => categoryPathText(node).toLocaleLowerCase().includes(wanted));
}
