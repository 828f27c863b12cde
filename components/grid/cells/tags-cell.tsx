import { VisuallyHidden } from '@/components/ui/visually-hidden';
import styles from '../grid.module.css';
export function TagsCell({ tags }: { tags: readonly string[] }) {
  return (
    <span className={styles.tags}>
      {tags.map((tag, i) => (
        // Keyed by position alone: a chip holds nothing but its text, so as rows scroll by, the chips of the
        // row that left are reused for the row coming in (tags may also repeat).
        // biome-ignore lint/suspicious/noArrayIndexKey: see above.
        <span key={i} className={styles.tag}>
          {tag}
          {i < tags.length - 1 ? <VisuallyHidden>,</VisuallyHidden> : null}
        </span>
      ))}
    </span>
  );
}
