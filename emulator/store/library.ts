import type { WireVideo } from '@/lib/vod-wire/shapes';
import { seedVideos } from './seed';

/** What a snapshot keeps: only the difference from the seeded library. */
export interface LibraryOverlay {
  changed: WireVideo[];
  deleted: string[];
  forbidden: string[];
}

type TextField = 'Title' | 'Description' | 'Tags';

/**
 * The demo account's videos in memory, with O(1) lookup by VideoId and ReferenceId and a lazily rebuilt
 * CreationTime order for listing. Records are immutable; a change replaces the record in its slot.
 */
export class Library {
  /** Bumped by every change, so search results can be cached per version. */
  version = 0;
  private readonly records: (WireVideo | undefined)[];
  private readonly slotById = new Map<string, number>();
  private readonly referenceOwner = new Map<string, string>();
  private readonly otherGroup: Set<string>;
  private forbidden = new Set<string>();
  private readonly seededCount: number;
  private readonly changed = new Set<string>();
  private readonly deleted = new Set<string>();
  private order: Int32Array | null = null;
  private readonly lowerCache = new Map<TextField, (string | undefined)[]>();

  constructor(
    readonly seed: number,
    readonly seededVideos: number,
  ) {
    const seeded = seedVideos(seed, seededVideos);
    this.records = seeded.videos;
    this.otherGroup = seeded.otherGroup;
    this.seededCount = seeded.videos.length;
    for (let slot = 0; slot < seeded.videos.length; slot++) this.index(seeded.videos[slot]!, slot);
  }

  get size(): number {
    return this.slotById.size;
  }

  get(videoId: string): WireVideo | undefined {
    const slot = this.slotById.get(videoId);
    return slot === undefined ? undefined : this.records[slot];
  }

  slotOf(videoId: string): number | undefined {
    return this.slotById.get(videoId);
  }

  videoIdOfReference(referenceId: string): string | undefined {
    return this.referenceOwner.get(referenceId);
  }

  /** Whether the demo account may not update this video (another resource group, or denied by a test). */
  isForbidden(videoId: string): boolean {
    return this.otherGroup.has(videoId) || this.forbidden.has(videoId);
  }

  otherGroupIds(): string[] {
    return [...this.otherGroup].filter((id) => this.slotById.has(id));
  }

  forbiddenIds(): string[] {
    return [...this.forbidden];
  }

  setForbidden(videoIds: readonly string[]): void {
    this.forbidden = new Set(videoIds);
    this.version++;
  }

  /** Inserts or replaces a whole record. */
  put(video: WireVideo): void {
    const slot = this.slotById.get(video.VideoId);
    if (slot === undefined) {
      this.index(video, this.records.length);
      this.records.push(video);
      this.order = null;
    } else {
      const previous = this.records[slot]!;
      if (previous.ReferenceId && this.referenceOwner.get(previous.ReferenceId) === video.VideoId) {
        this.referenceOwner.delete(previous.ReferenceId);
      }
      if (video.ReferenceId) this.referenceOwner.set(video.ReferenceId, video.VideoId);
      this.records[slot] = video;
      if (previous.CreationTime !== video.CreationTime) this.order = null;
      for (const column of this.lowerCache.values()) column[slot] = undefined;
    }
    this.changed.add(video.VideoId);
    this.deleted.delete(video.VideoId);
    this.version++;
  }

  remove(videoId: string): boolean {
    const slot = this.slotById.get(videoId);
    if (slot === undefined) return false;
    const previous = this.records[slot]!;
    if (previous.ReferenceId) this.referenceOwner.delete(previous.ReferenceId);
    this.records[slot] = undefined;
    this.slotById.delete(videoId);
    this.changed.delete(videoId);
    if (slot < this.seededCount) this.deleted.add(videoId);
    this.order = null;
    this.version++;
    return true;
  }

  /** Slots of every video, CreationTime newest first (ties by VideoId), for listing and search. */
  orderedSlots(): Int32Array {
    if (this.order) return this.order;
    const records = this.records;
    const slots = new Int32Array(this.slotById.size);
    let n = 0;
    let isSorted = true;
    let previous: WireVideo | undefined;
    for (let slot = 0; slot < records.length; slot++) {
      const video = records[slot];
      if (!video) continue;
      slots[n++] = slot;
      if (previous && isSorted && compareNewestFirst(previous, video) > 0) isSorted = false;
      previous = video;
    }
    // The seed stores videos newest first, so an untouched library needs no sort.
    if (!isSorted) slots.sort((a, b) => compareNewestFirst(records[a]!, records[b]!));
    this.order = slots;
    return slots;
  }

  at(slot: number): WireVideo {
    return this.records[slot]!;
  }

  /** A lowercased text field, cached per slot, for case-insensitive search. */
  lowered(slot: number, field: TextField): string {
    let column = this.lowerCache.get(field);
    if (!column) {
      column = [];
      this.lowerCache.set(field, column);
    }
    let value = column[slot];
    if (value === undefined) {
      value = (this.records[slot]![field] ?? '').toLowerCase();
      column[slot] = value;
    }
    return value;
  }

  overlay(): LibraryOverlay {
    return {
      changed: [...this.changed].map((id) => this.get(id)!),
      deleted: [...this.deleted],
      forbidden: [...this.forbidden],
    };
  }

  applyOverlay(overlay: LibraryOverlay): void {
    for (const id of overlay.deleted) this.remove(id);
    for (const video of overlay.changed) this.put(video);
    this.setForbidden(overlay.forbidden);
  }

  private index(video: WireVideo, slot: number): void {
    this.slotById.set(video.VideoId, slot);
    if (video.ReferenceId) this.referenceOwner.set(video.ReferenceId, video.VideoId);
  }
}

function compareNewestFirst(x: WireVideo, y: WireVideo): number {
  if (x.CreationTime !== y.CreationTime) return x.CreationTime < y.CreationTime ? 1 : -1;
  if (x.VideoId === y.VideoId) return 0;
  return x.VideoId < y.VideoId ? 1 : -1;
}
