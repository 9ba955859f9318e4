// Long work on the main thread cut into short tasks, so the page keeps answering and drawing.

/** How long one slice of work aims to take: far below what anyone would notice as a freeze. */
export const SLICE_MS = 30;

const MIN_SLICE = 20;
const MAX_SLICE = 50_000;

/** Resolves in a task of its own, after the browser has had its chance to draw and handle input. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    // A message arrives in a new task without the 4 ms a chain of timeouts is held back by.
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Does `work` on `items` a slice at a time, one slice per task, each as many items as take about
 * SLICE_MS here (measured as it goes). `onSlice` hears how many are done after each slice.
 * Returns false, leaving the rest undone, once `stopped()` says so.
 */
export async function inSlices<T>(
  items: readonly T[],
  work: (slice: readonly T[]) => void,
  stopped: () => boolean,
  onSlice: (done: number) => void = () => {},
  firstSlice = 100,
): Promise<boolean> {
  let size = firstSlice;
  for (let done = 0; done < items.length;) {
    if (stopped()) return false;
    const started = performance.now();
    const slice = items.slice(done, done + size);
    work(slice);
    done += slice.length;
    onSlice(done);
    const took = Math.max(performance.now() - started, 1);
    // Halfway to the size that would have taken SLICE_MS, so that one slow slice does not swing it.
    const aimed = (size * SLICE_MS) / took;
    size = Math.round(Math.min(MAX_SLICE, Math.max(MIN_SLICE, (size + aimed) / 2)));
    if (done < items.length) await nextTask();
  }
  return !stopped();
}
