import { describe, expect, it } from 'vitest';
import { issueText } from './issue-text';
import { translatorFor } from './translator';

const english = translatorFor('en');

describe('issueText', () => {
  it('counts bytes as VOD does and says so in Chinese, naming the field', () => {
    const t = translatorFor('zh-CN');
    expect(issueText(t, 'title', { code: 'tooLong', maxBytes: 128, bytes: 131 })).toBe(
      '标题最多 128 字节，当前 131 字节',
    );
    expect(issueText(t, 'tags', { code: 'tagTooLong', tag: '长标签', maxBytes: 32 })).toBe(
      '标签“长标签”超过 32 字节。',
    );
  });

  it('reads the same issue in English', () => {
    expect(issueText(english, 'title', { code: 'tooLong', maxBytes: 128, bytes: 131 })).toBe(
      'Title is too long: 131 of 128 bytes allowed.',
    );
  });

  it('has a sentence for every issue that needs no argument', () => {
    const t = translatorFor('zh-CN');
    expect(issueText(t, 'referenceId', { code: 'referenceIdNotRemovable' })).toBe(
      '自定义 ID 一旦设置就不能删除。',
    );
    expect(issueText(t, 'cateId', { code: 'categoryUnknown', cateId: 7 })).toBe('分类 7 不存在。');
  });
});
