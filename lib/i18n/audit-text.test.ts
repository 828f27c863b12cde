import { describe, expect, it } from 'vitest';
import { auditSentence } from './audit-text';
import { translatorFor } from './translator';

const en = translatorFor('en');
const chinese = translatorFor('zh-CN');
const sentence = (action: string, details: Record<string, unknown>, actorEmail = 'editor@demo.local') =>
  auditSentence(en, { actorEmail, action, details });

describe('[AUDIT] one sentence per event', () => {
  it('tells what a batch did from its stored summary', () => {
    const summary = {
      videos: 2000,
      fields: ['tags'],
      parts: [{ kind: 'tags', added: ['bulk-2025'], removed: [] }],
    };
    expect(sentence('batch.created', { kind: 'save', total: 2000, summary })).toBe(
      'editor@demo.local added tag bulk-2025 to 2,000 videos',
    );
    expect(
      sentence('batch.created', {
        kind: 'save',
        total: 3,
        summary: {
          videos: 3,
          fields: ['cateId'],
          parts: [{ kind: 'set', field: 'cateId', value: '7', label: 'News / World' }],
        },
        note: 'Campaign',
      }),
    ).toBe('editor@demo.local set Category to News / World on 3 videos (“Campaign”)');
    expect(
      sentence('batch.created', {
        kind: 'save',
        total: 4,
        summary: {
          videos: 4,
          fields: ['title'],
          parts: [{ kind: 'replace', field: 'title', find: 'Promo', replace: 'Sale' }],
        },
      }),
    ).toBe("editor@demo.local replaced 'Promo' with 'Sale' in Title of 4 videos");
  });

  it('reads an event from before summaries existed, or with odd details, without failing', () => {
    expect(sentence('batch.created', { kind: 'save', total: 5 })).toBe('editor@demo.local changed 5 videos');
    expect(sentence('batch.created', { summary: 'not a summary', total: 'x' })).toBe(
      'editor@demo.local changed 0 videos',
    );
  });

  it('names who was changed in user events', () => {
    expect(sentence('user.disabled', { email: 'editor2@demo.local' }, 'admin@demo.local')).toBe(
      'admin@demo.local disabled editor2@demo.local',
    );
    expect(
      sentence('user.role_changed', { email: 'e@x.io', from: 'editor', to: 'admin' }, 'admin@demo.local'),
    ).toBe('admin@demo.local changed the role of e@x.io from editor to admin');
    expect(sentence('auth.sign_in_failed', { locked: true })).toBe(
      'A sign-in as editor@demo.local failed, and further attempts are paused',
    );
  });

  it('falls back to the action’s name for an action it has no sentence for', () => {
    expect(sentence('something.new', {})).toBe('editor@demo.local: something.new');
    expect(sentence('auth.sign_out', {})).toBe('editor@demo.local: Signed out');
  });

  it('names the app’s own parts instead of their codes', () => {
    expect(sentence('user.created', { email: 'admin@demo.local', role: 'admin' }, 'system:demo-seed')).toBe(
      'Demo setup added admin@demo.local as admin',
    );
    expect(
      auditSentence(chinese, {
        actorEmail: 'system',
        action: 'batch.resumed',
        details: { pending: 3 },
      }),
    ).toBe('应用 恢复了一个批次，还有 3 个视频待提交');
  });

  it('reads in Chinese for a Chinese viewer', () => {
    const zh = translatorFor('zh-CN');
    const summary = {
      videos: 2000,
      fields: ['tags'],
      parts: [{ kind: 'tags', added: ['bulk-2025'], removed: [] }],
    };
    expect(
      auditSentence(zh, {
        actorEmail: 'editor@demo.local',
        action: 'batch.created',
        details: { kind: 'save', total: 2000, summary },
      }),
    ).toBe('editor@demo.local 为 2,000 个视频添加了标签 bulk-2025');
    expect(
      auditSentence(zh, {
        actorEmail: 'admin@demo.local',
        action: 'user.role_changed',
        details: { email: 'e@x.io', from: 'editor', to: 'admin' },
      }),
    ).toBe('admin@demo.local 将 e@x.io 的角色从编辑改为管理员');
  });
});
