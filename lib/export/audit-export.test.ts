import { describe, expect, it } from 'vitest';
import type { AuditEventView } from '@/lib/db/queries/batch-history';
import { translatorFor } from '@/lib/i18n/translator';
import { auditCsvText } from './audit-export';

const english = translatorFor('en');

const event: AuditEventView = {
  id: 1,
  at: '2026-12-01T10:00:00.000Z',
  actorId: null,
  actorEmail: '=cmd@evil.example',
  action: 'user.disabled',
  targetType: 'user',
  targetId: 'u1',
  details: { email: 'editor2@demo.local' },
  ip: '192.0.2.1',
};

async function* pages(...list: AuditEventView[][]) {
  yield* list;
}

describe('[AUDIT][CSV] audit export', () => {
  it('writes one formula-safe row per event with its sentence and raw details', async () => {
    let text = '';
    for await (const piece of auditCsvText(pages([event], []), english)) text += piece;
    const rows = text.slice(1).split('\r\n');
    expect(text.startsWith('\uFEFFat,actor_email,action,sentence,')).toBe(true);
    expect(rows).toHaveLength(3);
    expect(rows[1]).toBe(
      [
        '2026-12-01T10:00:00.000Z',
        "'=cmd@evil.example",
        'user.disabled',
        "'=cmd@evil.example disabled editor2@demo.local",
        'user',
        'u1',
        '192.0.2.1',
        '"{""email"":""editor2@demo.local""}"',
      ].join(','),
    );
  });
});
