/** Lets the page paint and handle input before the next slice of work (a macrotask without setTimeout's clamping). */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Work built a slice at a time: `add` does items [start..end) of `count`, `finish` gives the result. */
export interface Staged<T> {
  readonly count: number;
  add(start: number, end: number): void;
  finish(): T;
}

/** Does staged work in one go, for a caller that needs its result now. */
export function finishNow<T>(staged: Staged<T>): T {
  staged.add(0, staged.count);
  return staged.finish();
}

/** Slice length: well under the 50 ms at which the browser counts a task as long. */
export const SLICE_MS = 8;

/** How often a long job re-renders its progress: a few times a second, not after every slice. */
export const PROGRESS_MS = 250;

/**
 * Loops over `count` items `step` at a time in slices of at most SLICE_MS, yielding to the page between
 * slices and reporting progress a few times a second; stops early once `signal` is aborted.
 */
export async function sliced(
  count: number,
  step: number,
  work: (start: number, end: number) => void,
  options: { progress?: (done: number) => void; signal?: AbortSignal } = {},
): Promise<void> {
  const { progress, signal } = options;
  let sliceStart = performance.now();
  let shownAt = sliceStart;
  for (let start = 0; start < count; start += step) {
    if (signal?.aborted) return;
    const end = Math.min(count, start + step);
    work(start, end);
    const now = performance.now();
    if (now - sliceStart > SLICE_MS) {
      if (progress && now - shownAt > PROGRESS_MS) {
        progress(end);
        shownAt = now;
      }
      await yieldToPage();
      sliceStart = performance.now();
    }
  }
}
