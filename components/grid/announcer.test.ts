import { describe, expect, it } from 'vitest';
import { createAnnouncer } from './announcer';

describe('announcer', () => {
  it('speaks a notice and keeps it on screen until dismissed', () => {
    const announcer = createAnnouncer();
    const run = () => {};
    announcer.notify('5 rows did not fit.', { label: 'Load more rows', run });
    expect(announcer.getState()).toMatchObject({
      message: '5 rows did not fit.',
      notice: { message: '5 rows did not fit.', action: { label: 'Load more rows', run } },
    });
    announcer.dismiss();
    expect(announcer.getState().notice).toBeNull();
    expect(announcer.getState().message).toBe('5 rows did not fit.');
  });

  it('replaces an out-of-date notice with the next result', () => {
    const announcer = createAnnouncer();
    announcer.notify('Title was not cleared.');
    announcer.announce('Undone.');
    expect(announcer.getState()).toMatchObject({ message: 'Undone.', notice: null });
  });
});
