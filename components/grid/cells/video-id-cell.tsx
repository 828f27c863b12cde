import { useState } from 'react';
import { gridMessages } from '@/lib/messages/grid';

export function VideoIdCell({ videoId }: { videoId: string }) {
  const [isCopied, setIsCopied] = useState(false);
  return (
    <span className="vg-id">
      <span className="vg-cell__text vg-mono">{videoId}</span>
      <button
        type="button"
        className="vg-icon-button"
        tabIndex={-1}
        aria-label={gridMessages.copyVideoId(videoId)}
        title={isCopied ? gridMessages.copied : gridMessages.copyVideoId(videoId)}
        onClick={() => {
          void navigator.clipboard?.writeText(videoId).then(() => setIsCopied(true));
        }}
      >
        {isCopied ? <span aria-hidden="true">✓</span> : <span className="vg-copy-icon" aria-hidden="true" />}
      </button>
    </span>
  );
}
