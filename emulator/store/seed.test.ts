import { describe, expect, it } from 'vitest';
import { parseTags, validateField } from '@/lib/edits/fields';
import { LIMITS, utf8Bytes } from '@/lib/edits/limits';
import { seedVideos } from './seed';

describe('[EMULATOR][SEED]', () => {
  it('is deterministic per seed and differs between seeds', () => {
    const a = seedVideos(1, 300);
    const b = seedVideos(1, 300);
    const c = seedVideos(2, 300);
    expect(a.videos).toEqual(b.videos);
    expect([...a.otherGroup]).toEqual([...b.otherGroup]);
    expect(c.videos[0]!.VideoId).not.toBe(a.videos[0]!.VideoId);
  });

  it('looks like a real library and respects every VOD limit', () => {
    const { videos, otherGroup } = seedVideos(1, 5000);
    expect(new Set(videos.map((v) => v.VideoId)).size).toBe(5000);
    expect(videos.some((v) => /[\u4e00-\u9fff]/.test(v.Title))).toBe(true);
    expect(videos.some((v) => /[\u3040-\u30ff]/.test(v.Title))).toBe(true);
    expect(videos.some((v) => /[\uac00-\ud7af]/.test(v.Title))).toBe(true);
    expect(videos.some((v) => /\p{Extended_Pictographic}/u.test(v.Title))).toBe(true);
    expect(new Set(videos.map((v) => v.Status)).size).toBeGreaterThan(5);
    expect(new Set(videos.map((v) => v.CreationTime.slice(0, 4))).size).toBeGreaterThanOrEqual(6);
    expect(otherGroup.size / 5000).toBeGreaterThan(0.01);
    expect(otherGroup.size / 5000).toBeLessThan(0.03);
    const references = videos.flatMap((v) => (v.ReferenceId ? [v.ReferenceId] : []));
    expect(new Set(references).size).toBe(references.length);
    for (const video of videos) {
      expect(validateField('title', video.Title)).toBeNull();
      expect(validateField('description', video.Description ?? '')).toBeNull();
      expect(validateField('tags', parseTags(video.Tags ?? ''))).toBeNull();
      if (video.ReferenceId) expect(validateField('referenceId', video.ReferenceId)).toBeNull();
      if (video.CoverURL) expect(utf8Bytes(video.CoverURL)).toBeLessThanOrEqual(LIMITS.coverUrlMaxBytes);
    }
  });

  // How fast is the emulator bench group's business; this checks that the largest library is built whole.
  it('seeds 200,000 videos with unique ids', () => {
    const { videos } = seedVideos(1, 200_000);
    expect(videos).toHaveLength(200_000);
    expect(new Set(videos.map((video) => video.VideoId)).size).toBe(200_000);
  });
});
