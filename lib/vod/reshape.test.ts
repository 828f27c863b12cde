import { describe, expect, it } from 'vitest';
import type { WireVideo } from '@/lib/vod-wire/shapes';
import { reshapeCategory, reshapeChange, reshapeVideo } from './reshape';

const wire: WireVideo = {
  VideoId: 'v1',
  Title: 'Title',
  Description: 'About',
  Tags: 'a, b ,,c',
  CoverURL: 'https://img.example.com/1.jpg',
  CateId: 12,
  CateName: 'News',
  Status: 'Normal',
  Duration: 12.5,
  Size: 1024,
  CreationTime: '2024-01-02T03:04:05Z',
  ModificationTime: '2024-02-02T03:04:05Z',
  ReferenceId: 'ref-0001',
};

describe('[vod][reshape] reshapeVideo', () => {
  it('turns wire fields into app fields', () => {
    expect(reshapeVideo(wire)).toEqual({
      id: 'v1',
      title: 'Title',
      description: 'About',
      tags: ['a', 'b', 'c'],
      cateId: 12,
      coverUrl: 'https://img.example.com/1.jpg',
      referenceId: 'ref-0001',
      cateName: 'News',
      status: 'Normal',
      durationSec: 12.5,
      sizeBytes: 1024,
      creationTime: '2024-01-02T03:04:05Z',
      modificationTime: '2024-02-02T03:04:05Z',
    });
  });

  it('maps absent values to empty text, empty tags and nulls', () => {
    const video = reshapeVideo({
      VideoId: 'v2',
      Title: 't',
      Status: 'Uploading',
      CreationTime: '2024-01-01T00:00:00Z',
    });
    expect(video).toMatchObject({
      description: '',
      tags: [],
      cateId: null,
      coverUrl: '',
      referenceId: '',
      cateName: null,
      durationSec: null,
      sizeBytes: null,
      modificationTime: null,
    });
  });

  it('treats CateId -1 as no category', () => {
    expect(reshapeVideo({ ...wire, CateId: -1 }).cateId).toBeNull();
  });
});

describe('[vod][reshape] reshapeChange', () => {
  it('sends only the changed fields under their wire names', () => {
    expect(
      reshapeChange({
        videoId: 'v1',
        changes: { tags: [' a', 'b '], coverUrl: 'https://x/y.png', cateId: 3, referenceId: 'ref-123456' },
      }),
    ).toEqual({
      VideoId: 'v1',
      Tags: 'a,b',
      CoverURL: 'https://x/y.png',
      CateId: 3,
      ReferenceId: 'ref-123456',
    });
    expect(reshapeChange({ videoId: 'v1', changes: { title: 'T', description: '' } })).toEqual({
      VideoId: 'v1',
      Title: 'T',
      Description: '',
    });
  });

  it('never sends a null category and sends empty tags as an empty string', () => {
    expect(reshapeChange({ videoId: 'v1', changes: { cateId: null, tags: [] } })).toEqual({
      VideoId: 'v1',
      Tags: '',
    });
  });
});

describe('[vod][reshape] reshapeCategory', () => {
  it('extends the parent path', () => {
    expect(reshapeCategory({ CateId: 5, CateName: 'Child', Level: 1, ParentId: 4 }, ['Root'])).toEqual({
      id: 5,
      name: 'Child',
      level: 1,
      parentId: 4,
      path: ['Root', 'Child'],
      children: [],
    });
  });
});
