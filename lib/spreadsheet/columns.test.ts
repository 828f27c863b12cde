import { describe, expect, it } from 'vitest';
import { LOCALES } from '@/lib/i18n/locales';
import { catalogs } from '@/lib/i18n/messages';
import { headerKey, locatorOf, mappingProblem, matchHeader } from './columns';

describe('matchHeader', () => {
  it.each([
    ['VideoId', 'videoId'],
    ['Video ID', 'videoId'],
    ['video_id', 'videoId'],
    ['视频ID', 'videoId'],
    ['\uFEFFVideoId', 'videoId'],
    ['标题', 'title'],
    ['描述', 'description'],
    ['Tags', 'tags'],
    ['标签', 'tags'],
    ['Add tags', 'addTags'],
    ['Remove tags', 'removeTags'],
    ['封面', 'coverUrl'],
    ['Category', 'category'],
    ['分类', 'category'],
    ['CateId', 'cateId'],
    ['自定义ID', 'referenceId'],
    ['Reference ID', 'referenceId'],
    ['Status', 'readOnly'],
  ])('%s means %s', (header, kind) => {
    expect(matchHeader(header)).toBe(kind);
  });

  it('does not recognise other headers', () => {
    expect(matchHeader('Notes')).toBeNull();
  });

  it('reads every header the export writes, in either language, as the column it was written for', () => {
    const expected = {
      videoId: 'videoId',
      title: 'title',
      description: 'description',
      tags: 'tags',
      category: 'category',
      cateId: 'cateId',
      coverUrl: 'coverUrl',
      referenceId: 'referenceId',
      status: 'readOnly',
      duration: 'readOnly',
      modified: 'readOnly',
    } as const;
    for (const locale of LOCALES) {
      for (const [key, header] of Object.entries(catalogs[locale].spreadsheet.headers)) {
        expect({ locale, header, kind: matchHeader(header) }).toEqual({
          locale,
          header,
          kind: expected[key as keyof typeof expected],
        });
      }
    }
  });
});

describe('mappingProblem and locatorOf', () => {
  it('needs a VideoId or ReferenceId column', () => {
    expect(mappingProblem(['title', 'tags'])).toEqual({ code: 'noIdColumn' });
    expect(mappingProblem(['referenceId', 'title'])).toBeNull();
  });

  it('refuses one kind mapped twice, but not ignored columns', () => {
    expect(mappingProblem(['videoId', 'title', 'title'])).toEqual({ code: 'duplicateColumn', kind: 'title' });
    expect(mappingProblem(['videoId', 'ignore', 'ignore', 'readOnly', 'readOnly'])).toBeNull();
  });

  it('locates rows by VideoId first, else by ReferenceId', () => {
    expect(locatorOf(['referenceId', 'videoId'])).toEqual({ kind: 'videoId', index: 1 });
    expect(locatorOf(['title', 'referenceId'])).toEqual({ kind: 'referenceId', index: 1 });
  });
});

describe('headerKey', () => {
  it('is the same for the same headers however they are spelled, and differs otherwise', () => {
    expect(headerKey(['Video ID', 'Notes'])).toBe(headerKey(['video_id', 'notes']));
    expect(headerKey(['VideoId', 'Notes'])).not.toBe(headerKey(['VideoId', 'Remarks']));
  });
});
