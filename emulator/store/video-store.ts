import type { WireVideo } from '@/lib/vod-wire/shapes';
import { Library } from './library';
import { type JournalEntry, Persistence } from './persistence';

export interface VideoStoreOptions {
  seed: number;
  videos: number;
  /** Without a directory the store lives in memory only. */
  dataDir?: string;
}

/**
 * The emulator's state: the in-memory Library plus, with a data directory, its journal. Every change is
 * applied in memory and resolves once it is durable, so a response is only sent for a change on disk.
 */
export class VideoStore {
  private constructor(
    private current: Library,
    private readonly persistence: Persistence | null,
  ) {}

  static async open(options: VideoStoreOptions): Promise<VideoStore> {
    if (!options.dataDir) return new VideoStore(new Library(options.seed, options.videos), null);
    let store: VideoStore | undefined;
    const { persistence, state } = await Persistence.open(
      options.dataDir,
      { seed: options.seed, videos: options.videos },
      () => {
        const library = store!.library;
        return { seed: library.seed, videos: library.seededVideos, ...library.overlay() };
      },
    );
    const library = new Library(state.snapshot.seed, state.snapshot.videos);
    library.applyOverlay(state.snapshot);
    for (const entry of state.entries) applyEntry(library, entry);
    store = new VideoStore(library, persistence);
    return store;
  }

  get library(): Library {
    return this.current;
  }

  /** Inserts or replaces whole records. */
  putVideos(videos: WireVideo[]): Promise<void> {
    return this.commit({ op: 'put', videos });
  }

  deleteVideo(videoId: string): Promise<void> {
    return this.commit({ op: 'delete', videoIds: [videoId] });
  }

  /** Replaces the set of videos the demo account is denied on top of the other resource group. */
  setForbidden(videoIds: string[]): Promise<void> {
    return this.commit({ op: 'forbid', videoIds });
  }

  /** Starts over with a freshly seeded library, dropping every change. */
  async reset(seed: number, videos: number): Promise<void> {
    this.current = new Library(seed, videos);
    await this.persistence?.snapshotNow();
  }

  async close(): Promise<void> {
    await this.persistence?.close();
  }

  private async commit(entry: JournalEntry): Promise<void> {
    applyEntry(this.current, entry);
    await this.persistence?.append(entry);
  }
}

function applyEntry(library: Library, entry: JournalEntry): void {
  switch (entry.op) {
    case 'put':
      for (const video of entry.videos) library.put(video);
      break;
    case 'delete':
      for (const id of entry.videoIds) library.remove(id);
      break;
    case 'forbid':
      library.setForbidden(entry.videoIds);
      break;
  }
}
