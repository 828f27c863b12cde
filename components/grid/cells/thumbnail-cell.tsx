import { useState } from 'react';
import styles from '../grid.module.css';

/**
 * Shows the cover being edited, so a pasted Cover URL previews at once. A row that scrolls in while the
 * grid is scrolling loads its cover only once scrolling stops, so a fast scroll through thousands of rows
 * neither fetches nor decodes covers nobody saw; once shown, a cover stays.
 */
export function ThumbnailCell({ url, isScrolling }: { url: string; isScrolling: boolean }) {
  // The cover settled, not a flag: the row's element is reused for other videos as the grid scrolls.
  const [settledUrl, setSettledUrl] = useState(isScrolling ? null : url);
  if (settledUrl !== url && !isScrolling) setSettledUrl(url);
  if (url === '' || settledUrl !== url) return <span className={styles.thumb} aria-hidden="true" />;
  // Keyed by URL, so a new cover gets a fresh chance to load after a broken one.
  return <CoverImage key={url} url={url} />;
}

function CoverImage({ url }: { url: string }) {
  const [isBroken, setIsBroken] = useState(false);
  // An unreachable cover shows the same neutral box as no cover, not the browser's broken-image icon.
  if (isBroken) return <span className={styles.thumb} aria-hidden="true" />;
  // The title beside it names the video, so the picture is decorative; VOD covers live on other hosts,
  // which next/image would have to be configured for one by one.
  return (
    // biome-ignore lint/performance/noImgElement: see above.
    <img
      className={styles.thumb}
      src={url}
      alt=""
      loading="lazy"
      decoding="async"
      referrerPolicy="no-referrer"
      onError={() => setIsBroken(true)}
      // A server-rendered image can fail before React listens for errors; catch that case on mount.
      ref={(img) => {
        if (img?.complete && img.naturalWidth === 0) setIsBroken(true);
      }}
    />
  );
}
