import Link from 'next/link';
import styles from './history.module.css';

export interface KeysetPagerProps {
  /** This list's newest page, with the filters it keeps. */
  firstHref: string;
  /** The next page; null on the last page. */
  nextHref: string | null;
  isFirstPage: boolean;
  labels: { nav: string; first: string; next: string };
}

/** Forward-only paging of a keyset list: back to the newest page, or on to the next one. */
export function KeysetPager({ firstHref, nextHref, isFirstPage, labels }: KeysetPagerProps) {
  if (isFirstPage && !nextHref) return null;
  return (
    <nav className={styles.pager} aria-label={labels.nav}>
      {!isFirstPage && <Link href={firstHref}>{labels.first}</Link>}
      {nextHref && (
        <Link href={nextHref} rel="next">
          {labels.next}
        </Link>
      )}
    </nav>
  );
}
