import { type FileHandle, mkdir, open, readdir, readFile, rename, rm, truncate } from 'node:fs/promises';
import path from 'node:path';
import type { WireVideo } from '@/lib/vod-wire/shapes';
import type { LibraryOverlay } from './library';

/** One applied mutation. Each is an absolute write, so replaying an entry twice changes nothing. */
export type JournalEntry =
  | { op: 'put'; videos: WireVideo[] }
  | { op: 'delete'; videoIds: string[] }
  | { op: 'forbid'; videoIds: string[] };

/** The base of the stored state: which library to seed, plus what changed since (§ store design in README). */
export interface SnapshotContent extends LibraryOverlay {
  seed: number;
  videos: number;
}

interface Snapshot extends SnapshotContent {
  format: 1;
  generation: number;
}

export interface LoadedState {
  snapshot: SnapshotContent;
  entries: JournalEntry[];
}

interface Batch {
  lines: string;
  count: number;
  waiters: { resolve: () => void; reject: (error: unknown) => void }[];
}

const SNAPSHOT_FILE = 'snapshot.json';
const COMPACT_AFTER_ENTRIES = 2000;
const journalFile = (generation: number) => `journal-${generation}.ndjson`;

/**
 * Crash-safe storage under a data directory: a snapshot (written to a temp file, fsynced, renamed) and a
 * journal of JSON lines per snapshot generation, fsynced before a change is acknowledged. Concurrent
 * appends share one write and one fsync. A torn last line (a kill mid-write) is dropped on load.
 */
export class Persistence {
  private tail: Promise<void> = Promise.resolve();
  private open: Batch | null = null;
  private entriesSinceSnapshot: number;

  private constructor(
    private readonly dir: string,
    private generation: number,
    private journal: FileHandle,
    entries: number,
    private readonly capture: () => SnapshotContent,
  ) {
    this.entriesSinceSnapshot = entries;
  }

  /** Opens (or creates with `fresh`) the store in `dir` and returns what it holds. */
  static async open(
    dir: string,
    fresh: { seed: number; videos: number },
    capture: () => SnapshotContent,
  ): Promise<{ persistence: Persistence; state: LoadedState }> {
    await mkdir(dir, { recursive: true });
    let snapshot = await readSnapshot(dir);
    if (!snapshot) {
      snapshot = { format: 1, generation: 0, ...fresh, changed: [], deleted: [], forbidden: [] };
      await writeAtomically(dir, SNAPSHOT_FILE, JSON.stringify(snapshot));
    }
    const entries = await readJournal(path.join(dir, journalFile(snapshot.generation)));
    await removeStaleFiles(dir, snapshot.generation);
    const journal = await open(path.join(dir, journalFile(snapshot.generation)), 'a');
    const persistence = new Persistence(dir, snapshot.generation, journal, entries.length, capture);
    const { format: _format, generation: _generation, ...content } = snapshot;
    return { persistence, state: { snapshot: content, entries } };
  }

  /** Journals an applied change; resolves once it is on disk. */
  append(entry: JournalEntry): Promise<void> {
    return new Promise((resolve, reject) => {
      if (!this.open) {
        const batch: Batch = { lines: '', count: 0, waiters: [] };
        this.open = batch;
        this.enqueue(() => this.writeBatch(batch));
      }
      this.open.lines += `${JSON.stringify(entry)}\n`;
      this.open.count++;
      this.open.waiters.push({ resolve, reject });
    });
  }

  /**
   * Captures the state now and makes it the new snapshot generation. Changes journaled before this call
   * are written to the old journal first; later ones go to the new generation's journal.
   */
  snapshotNow(): Promise<void> {
    this.open = null;
    const content = this.capture();
    return this.enqueue(() => this.writeSnapshot(content));
  }

  async close(): Promise<void> {
    await this.enqueue(async () => {
      await this.journal.close();
    });
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    const run = this.tail.then(task);
    this.tail = run.catch(() => undefined);
    return run;
  }

  private async writeBatch(batch: Batch): Promise<void> {
    if (this.open === batch) this.open = null;
    try {
      await this.journal.write(batch.lines);
      await this.journal.datasync();
    } catch (error) {
      for (const waiter of batch.waiters) waiter.reject(error);
      return;
    }
    for (const waiter of batch.waiters) waiter.resolve();
    this.entriesSinceSnapshot += batch.count;
    if (this.entriesSinceSnapshot >= COMPACT_AFTER_ENTRIES)
      void this.snapshotNow().catch(reportCompactionError);
  }

  private async writeSnapshot(content: SnapshotContent): Promise<void> {
    const generation = this.generation + 1;
    const next = await open(path.join(this.dir, journalFile(generation)), 'w');
    try {
      const snapshot: Snapshot = { format: 1, generation, ...content };
      await writeAtomically(this.dir, SNAPSHOT_FILE, JSON.stringify(snapshot));
    } catch (error) {
      await next.close();
      throw error;
    }
    const previous = this.journal;
    const previousGeneration = this.generation;
    this.journal = next;
    this.generation = generation;
    this.entriesSinceSnapshot = 0;
    await previous.close();
    await rm(path.join(this.dir, journalFile(previousGeneration)), { force: true });
  }
}

function reportCompactionError(error: unknown): void {
  console.error('VOD emulator: compacting the journal failed; it will be retried after more changes.', error);
}

async function readSnapshot(dir: string): Promise<Snapshot | null> {
  let text: string;
  try {
    text = await readFile(path.join(dir, SNAPSHOT_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const snapshot = JSON.parse(text) as Snapshot;
  if (snapshot.format !== 1) throw new Error(`Unsupported emulator snapshot format in ${dir}`);
  return snapshot;
}

/** Reads complete journal lines; a torn last line is dropped and cut off so new lines start clean. */
async function readJournal(file: string): Promise<JournalEntry[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const end = text.lastIndexOf('\n') + 1;
  const entries: JournalEntry[] = [];
  let lineNumber = 0;
  for (const line of text.slice(0, end).split('\n')) {
    lineNumber++;
    if (line === '') continue;
    try {
      entries.push(JSON.parse(line) as JournalEntry);
    } catch {
      throw new Error(`The emulator journal ${file} is corrupt at line ${lineNumber}`);
    }
  }
  if (end < text.length) await truncate(file, Buffer.byteLength(text.slice(0, end)));
  return entries;
}

async function removeStaleFiles(dir: string, generation: number): Promise<void> {
  const keep = journalFile(generation);
  for (const name of await readdir(dir)) {
    if ((/^journal-\d+\.ndjson$/.test(name) && name !== keep) || name.endsWith('.tmp')) {
      await rm(path.join(dir, name), { force: true });
    }
  }
}

async function writeAtomically(dir: string, name: string, content: string): Promise<void> {
  const temp = path.join(dir, `${name}.tmp`);
  const file = await open(temp, 'w');
  try {
    await file.writeFile(content);
    await file.sync();
  } finally {
    await file.close();
  }
  await rename(temp, path.join(dir, name));
  const directory = await open(dir, 'r');
  try {
    await directory.sync();
  } finally {
    await directory.close();
  }
}
