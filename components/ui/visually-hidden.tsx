import type { HTMLAttributes } from 'react';
import './ui.css';

/** Text for screen readers only: kept in the accessibility tree, not painted. */
export function VisuallyHidden(props: HTMLAttributes<HTMLSpanElement>) {
  return <span className="ui-visually-hidden" {...props} />;
}
