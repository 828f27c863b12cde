'use client';

import { useState } from 'react';
import type { Video } from '@/lib/vod/types';
import { useCellValue } from '../use-grid-state';

/** Shows the cover being edited, so a pasted Cover URL previews at once. */
export function ThumbnailCell({ video }: { video: Video }) {
  const url = useCellValue(video.id, 'coverUrl', video) as string;
  if (url === '') return <span className="vg-thumb vg-thumb--empty" aria-hidden="true" />;
  // Keyed by URL, so a new cover gets a fresh chance to load after a broken one.
  return <CoverImage key={url} url={url} />;
}

function CoverImage({ url }: { url: string }) {
  const [isBroken, setIsBroken] = useState(false);
  // An unreachable cover shows the same neutral box as no cover, not the browser's broken-image icon.
  if (isBroken) return <span className="vg-thumb vg-thumb--empty" aria-hidden="true" />;
  // The title beside it names the video, so the picture is decorative; VOD covers live on other hosts,
  // which next/image would have to be configured for one by one.
  return (
    // biome-ignore lint/performance/noImgElement: see above.
    <img
      className="vg-thumb"
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
