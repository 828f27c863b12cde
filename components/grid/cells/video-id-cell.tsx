'use client';

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
        {isCopied ? (
          <span aria-hidden="true">✓</span>
        ) : (
          <svg
            aria-hidden="true"
            width="12"
            height="12"
            viewBox="0 0 12 12"
            fill="none"
            stroke="currentColor"
          >
            <rect x="3.5" y="3.5" width="7" height="7" rx="1" />
            <path d="M8.5 1.5h-6a1 1 0 0 0-1 1v6" />
          </svg>
        )}
      </button>
    </span>
  );
}
