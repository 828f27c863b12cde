import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseIdList } from '@/lib/videos/id-list';
import { testDatabaseTargets } from '@/test/support/db';
import { users } from '../schema';
import { getVideoIdList, insertVideoIdList } from './video-id-lists';

describe.each(testDatabaseTargets().map((t) => [t.name, t] as const))('[ID-LISTS][%s]', (_name, target) => {
  let store: Awaited<ReturnType<typeof target.create>>;
  let alice: string;
  let bob: string;

  beforeAll(async () => {
    store = await target.create();
    const rows = await store.db
      .insert(users)
      .values([
        { email: 'alice@test.local', role: 'editor' },
        { email: 'bob@test.local', role: 'viewer' },
      ])
      .returning({ id: users.id });
    [alice, bob] = rows.map((row) => row.id) as [string, string];
  });
  afterAll(async () => {
    await store?.dispose();
  });

  it('keeps 10,000 pasted IDs with their report under a short token, for their owner only', async () => {
    const ids = Array.from({ length: 10_000 }, (_, i) => i.toString(16).padStart(32, '0'));
    const parsed = parseIdList([...ids, ids[0], 'bad/id'].join('\n'));
    const token = await insertVideoIdList(alice, parsed, store.db);
    expect(token).toMatch(/^[0-9a-f-]{36}$/);
    const read = await getVideoIdList(alice, token, store.db);
    expect(read?.ids).toEqual(ids);
    expect(read).toMatchObject({ malformed: ['bad/id'], duplicates: [ids[0]], overLimit: 0 });
    expect(await getVideoIdList(bob, token, store.db)).toBeNull();
    expect(await getVideoIdList(alice, '00000000-0000-4000-8000-000000000000', store.db)).toBeNull();
  });
});
