import { useTranslations } from 'next-intl';
import { useSyncExternalStore } from 'react';
import hidden from '@/components/ui/visually-hidden.module.css';
import bars from './grid-bars.module.css';

/** A step the viewer can take from a notice, such as loading the rows a paste did not reach. */
export interface NoticeAction {
  label: string;
  run(): void;
}

/** Something that did not (fully) happen, shown on screen until dismissed or replaced. */
export interface Notice {
  message: string;
  action: NoticeAction | null;
}

interface AnnouncerState {
  message: string;
  count: number;
  notice: Notice | null;
}

/**
 * Messages about what an action did (pasted, undone…), for screen readers; and notices about what an
 * action could not do, which screen readers hear and the screen shows too, so nothing fails silently.
 */
export function createAnnouncer() {
  let state: AnnouncerState = { message: '', count: 0, notice: null };
  const listeners = new Set<() => void>();
  const set = (next: AnnouncerState) => {
    state = next;
    for (const listener of listeners) listener();
  };
  return {
    /** Speaks a result; a notice still on screen is out of date once something else happened. */
    announce(message: string) {
      set({ message, count: state.count + 1, notice: null });
    },
    /** Shows and speaks why an action did not apply, optionally with the step that would make it apply. */
    notify(message: string, action: NoticeAction | null = null) {
      set({ message, count: state.count + 1, notice: { message, action } });
    },
    dismiss() {
      if (state.notice) set({ ...state, notice: null });
    },
    getState: () => state,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type Announcer = ReturnType<typeof createAnnouncer>;

const useAnnouncer = (announcer: Announcer) =>
  useSyncExternalStore(announcer.subscribe, announcer.getState, announcer.getState);

export function LiveRegion({ announcer }: { announcer: Announcer }) {
  const { message, count } = useAnnouncer(announcer);
  return (
    <div role="status" aria-live="polite" className={hidden.hidden}>
      {/* A changing invisible suffix makes a repeated message ("Undone.") announce again. */}
      {message}
      {count % 2 === 0 ? '' : '\u00a0'}
    </div>
  );
}

/** The current notice under the grid; the live region has already spoken it, so this one stays quiet. */
export function GridNotice({ announcer }: { announcer: Announcer }) {
  const t = useTranslations('grid.notices');
  const { notice } = useAnnouncer(announcer);
  if (!notice) return null;
  return (
    <div className={bars.notice} data-testid="grid-notice">
      <span aria-hidden="true">ⓘ </span>
      <span className={bars.noticeText}>{notice.message}</span>
      {notice.action ? (
        <button
          type="button"
          className="btn"
          onClick={() => {
            announcer.dismiss();
            notice.action?.run();
          }}
        >
          {notice.action.label}
        </button>
      ) : null}
      <button type="button" className="btn" onClick={announcer.dismiss}>
        {t('dismiss')}
      </button>
    </div>
  );
}
