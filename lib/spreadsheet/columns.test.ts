import { describe, expect, it } from 'vitest';
import { EXPORT_HEADERS, headerKey, locatorOf, mappingProblem, matchHeader } from './columns';

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

  it('recognises every header the export writes', () => {
    for (const header of Object.values(EXPORT_HEADERS)) expect(matchHeader(header)).not.toBeNull();
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
