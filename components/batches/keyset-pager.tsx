import Link from 'next/link';
import styles from './history.module.css';
import { searchHref } from './search-href';

export interface KeysetPagerProps {
  path: string;
  /** The search params every page of this list keeps (its filters), without its own cursor. */
  params: Record<string, string | null | undefined>;
  /** The search param holding this list's cursor. */
  cursorParam?: string;
  /** The next page's cursor; null on the last page. */
  nextCursor: string | null;
  isFirstPage: boolean;
  labels: { nav: string; first: string; next: string };
}

/** Forward-only paging of a keyset list: back to the newest page, or on to the next one. */
export function KeysetPager({
  path,
  params,
  cursorParam = 'cursor',
  nextCursor,
  isFirstPage,
  labels,
}: KeysetPagerProps) {
  if (isFirstPage && !nextCursor) return null;
  return (
    <nav className={styles.pager} aria-label={labels.nav}>
      {!isFirstPage && <Link href={searchHref(path, params)}>{labels.first}</Link>}
      {nextCursor && (
        <Link href={searchHref(path, { ...params, [cursorParam]: nextCursor })} rel="next">
          {labels.next}
        </Link>
      )}
    </nav>
  );
}
