import { formatTags } from '@/lib/edits/fields';
import type { WireVideo, WireVideoStatus } from '@/lib/vod-wire/shapes';
import { OTHER_GROUP_SHARE } from '../decisions';
import { formatWireTime } from '../time';
import { CATEGORIES } from './categories';
import { CORPUS, LANGUAGE_WEIGHTS } from './corpus';
import { Prng } from './prng';

export interface SeededLibrary {
  videos: WireVideo[];
  /** Videos in another resource group: readable by the demo account, but not updatable. */
  otherGroup: Set<string>;
}

const FIRST_CREATION = Date.UTC(2019, 0, 1);
const LAST_CREATION = Date.UTC(2025, 11, 31);
const NOW_AT_SEED = Date.UTC(2026, 0, 1);
const STORAGE_LOCATION = 'outin-3f8e1c2a9b7d4e6f0a1b2c3d4e5f6a7b.oss-cn-shanghai.aliyuncs.com';
const TEMPLATE_GROUP_ID = 'b7f2e9c14d3a8f6e2c1b0a9d8e7f6c5b';

const STATUSES: readonly (readonly [WireVideoStatus, number])[] = [
  ['Normal', 86],
  ['UploadSucc', 3],
  ['Transcoding', 2],
  ['Checking', 2],
  ['Blocked', 1.5],
  ['TranscodeFail', 1.5],
  ['UploadFail', 1.5],
  ['Uploading', 1.5],
  ['ProduceFail', 1],
];
const STORAGE_CLASSES: readonly (readonly [string, number])[] = [
  ['Standard', 90],
  ['IA', 6],
  ['Archive', 4],
];

/** Builds the same library for the same (seed, count): 200,000 videos take well under a second. */
export function seedVideos(seed: number, count: number): SeededLibrary {
  const rng = new Prng(seed);
  const categories = CATEGORIES.all;
  const videos: WireVideo[] = new Array(count);
  const otherGroup = new Set<string>();
  const creations = creationTimes(rng, count);
  for (let i = 0; i < count; i++) {
    const VideoId = rng.hex32();
    const corpus = CORPUS[rng.weighted(LANGUAGE_WEIGHTS)]!;
    const created = creations[i]!;
    const modified = Math.min(NOW_AT_SEED, created + Math.floor(rng.next() ** 3 * 400 * 86_400_000));
    const Status = rng.weighted(STATUSES);
    const hasMedia = Status !== 'Uploading' && Status !== 'UploadFail';
    const duration = Math.round(Math.exp(rng.next() * Math.log(7200 / 5)) * 5 * 1000) / 1000;

    const video: WireVideo = {
      VideoId,
      Title: title(rng, corpus, created),
      Description: description(rng, corpus),
      Tags: tags(rng, corpus),
      Status,
      CreationTime: formatWireTime(created),
      ModificationTime: formatWireTime(modified),
      Size: Math.round(duration * rng.int(125_000, 1_000_000)),
      StorageLocation: STORAGE_LOCATION,
      AppId: 'app-1000000',
      TemplateGroupId: TEMPLATE_GROUP_ID,
      DownloadSwitch: 'on',
      StorageClass: rng.weighted(STORAGE_CLASSES),
    };
    if (hasMedia) video.Duration = duration;
    if (rng.next() < 0.92) video.CoverURL = `https://picsum.photos/seed/${VideoId.slice(0, 12)}/640/360`;
    if (rng.next() < 0.96) {
      const category = rng.pick(categories);
      video.CateId = category.CateId;
      video.CateName = category.CateName;
    }
    if (rng.next() < 0.3)
      video.ReferenceId = `cms-${video.CreationTime.slice(0, 4)}-${String(i).padStart(6, '0')}`;
    if (rng.next() < OTHER_GROUP_SHARE) otherGroup.add(VideoId);
    videos[i] = video;
  }
  return { videos, otherGroup };
}

/**
 * Distinct whole-second creation times, newest first, so the seeded library is already in listing order
 * and the store need not sort 200,000 records on start.
 */
function creationTimes(rng: Prng, count: number): Float64Array {
  const times = new Float64Array(count);
  const span = (LAST_CREATION - FIRST_CREATION) / 1000;
  for (let i = 0; i < count; i++) times[i] = Math.floor(rng.next() * span);
  times.sort().reverse();
  for (let i = 1; i < count; i++) if (times[i]! >= times[i - 1]!) times[i] = times[i - 1]! - 1;
  for (let i = 0; i < count; i++) times[i] = FIRST_CREATION + times[i]! * 1000;
  return times;
}

function title(rng: Prng, corpus: (typeof CORPUS)[string], created: number): string {
  if (rng.next() < 0.05) {
    // Untitled uploads keep the camera's file name, as they do in real libraries.
    const stamp = formatWireTime(created).replace(/[-:]/g, '').replace('T', '_').slice(0, 15);
    return `VID_${stamp}.mp4`;
  }
  const suffix = rng.pick(corpus.suffixes).replace('{n}', String(rng.int(1, 24)));
  return `${rng.pick(corpus.subjects)}${suffix}`;
}

function description(rng: Prng, corpus: (typeof CORPUS)[string]): string {
  const roll = rng.next();
  if (roll < 0.12) return '';
  const first = rng.pick(corpus.sentences);
  if (roll < 0.6) return first;
  const second = rng.pick(corpus.sentences);
  return second === first ? first : roll < 0.9 ? `${first} ${second}` : `${first}\n\n${second}`;
}

function tags(rng: Prng, corpus: (typeof CORPUS)[string]): string {
  const count = rng.weighted([
    [0, 15],
    [1, 20],
    [2, 25],
    [3, 20],
    [4, 12],
    [6, 8],
  ] as const);
  const chosen = new Set<string>();
  for (let i = 0; i < count; i++) chosen.add(rng.pick(corpus.tags));
  return formatTags([...chosen]);
}
