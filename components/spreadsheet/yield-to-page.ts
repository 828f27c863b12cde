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

/** Slice length: well under the 50 ms at which the browser counts a task as long. */
export const SLICE_MS = 8;

/** How often a long job re-renders its progress: a few times a second, not after every slice. */
export const PROGRESS_MS = 250;
