'use client';

import type { Video } from '@/lib/vod/types';
import { useCellValue } from '../use-grid-state';

/** Shows the cover being edited, so a pasted Cover URL previews at once. */
export function ThumbnailCell({ video }: { video: Video }) {
  const url = useCellValue(video.id, 'coverUrl', video) as string;
  if (url === '') return <span className="vg-thumb vg-thumb--empty" aria-hidden="true" />;
  // The title beside it names the video, so the picture is decorative; VOD covers live on other hosts,
  // which next/image would have to be configured for one by one.
  return (
    // biome-ignore lint/performance/noImgElement: see above.
    <img className="vg-thumb" src={url} alt="" loading="lazy" decoding="async" referrerPolicy="no-referrer" />
  );
}
