import 'server-only';
import { LIMITS } from '@/lib/edits/limits';
import type { WireCategory } from '@/lib/vod-wire/shapes';
import { runPool } from './pool';
import { reshapeCategory } from './reshape';
import { parseGetCategories } from './schemas';
import type { VodTransport } from './transport';
import type { CategoryNode } from './types';

const ROOT_ID = -1;
const CONCURRENCY = 8;

/** Every direct subcategory of `cateId` (-1 for the roots), all pages. */
async function fetchChildren(
  transport: VodTransport,
  cateId: number,
  signal?: AbortSignal,
): Promise<WireCategory[]> {
  const children: WireCategory[] = [];
  for (let pageNo = 1; ; pageNo++) {
    const { body } = await transport.call(
      'GetCategories',
      {
        CateId: String(cateId),
        PageNo: String(pageNo),
        PageSize: String(LIMITS.categoryPageSizeMax),
        SortBy: 'CreationTime:Asc',
        Type: 'default',
      },
      { signal },
    );
    const page = parseGetCategories(body, transport.logger).SubCategories.Category;
    children.push(...page);
    if (page.length < LIMITS.categoryPageSizeMax) return children;
  }
}

interface Pending {
  node: CategoryNode;
  /** How many children VOD says the category has; undefined when it did not say. */
  subTotal: number | undefined;
}

function toPending(wires: WireCategory[], parentPath: readonly string[]): Pending[] {
  return wires.map((wire) => ({ node: reshapeCategory(wire, parentPath), subTotal: wire.SubTotal }));
}

/** The whole category tree, walked level by level with GetCategories; each node carries its path. */
export async function fetchCategoryTree(
  transport: VodTransport,
  signal?: AbortSignal,
): Promise<CategoryNode[]> {
  const roots = toPending(await fetchChildren(transport, ROOT_ID, signal), []);
  let level = roots;
  for (let depth = 1; depth < LIMITS.categoryLevels && level.length > 0; depth++) {
    const parents = level.filter((pending) => pending.subTotal !== 0);
    const next: Pending[][] = new Array(parents.length);
    await runPool(parents, CONCURRENCY, async ({ node }, index) => {
      next[index] = toPending(await fetchChildren(transport, node.id, signal), node.path);
      node.children = next[index].map((child) => child.node);
    });
    level = next.flat();
  }
  return roots.map((root) => root.node);
}
