import { afterEach, describe, expect, it, vi } from 'vitest';
import { canLayOutInWorker, layOutInWorker } from '../../../src/cytoscape/layoutInWorker';
import type { LayoutJob } from '../../../src/cytoscape/layoutProtocol';

const dot = { width: 0, height: 0, halfWidth: 0, halfHeight: 0, dx: 0, dy: 0 };
const job = (): LayoutJob => ({
  name: 'grid',
  nodes: [dot, dot],
  edges: [[0, 1]],
  seed: 1,
  area: null,
  legible: false,
});

/** A worker that fails to start, as one refused by a page's policy or address does. */
class FailingWorker extends EventTarget {
  static made = 0;
  terminated = false;
  constructor() {
    super();
    FailingWorker.made++;
    // Node has no ErrorEvent: an Event with its message stands in.
    queueMicrotask(() =>
      this.dispatchEvent(Object.assign(new Event('error'), { message: 'refused' })),
    );
  }
  postMessage() {}
  terminate() {
    this.terminated = true;
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
});

describe('layouts in a worker', () => {
  it('are not tried in the standalone page, which allows no worker', async () => {
    vi.stubGlobal('Worker', FailingWorker);
    expect(canLayOutInWorker()).toBe(true);
    vi.stubEnv('MODE', 'standalone');
    expect(canLayOutInWorker()).toBe(false);
    FailingWorker.made = 0;
    await expect(layOutInWorker(job())).rejects.toThrow('no layout worker here');
    expect(FailingWorker.made).toBe(0);
  });

  it('reject when the worker cannot even be made, so the caller lays out on the main thread', async () => {
    vi.stubGlobal(
      'Worker',
      class {
        constructor() {
          throw new DOMException('Refused to create a worker', 'SecurityError');
        }
      },
    );
    await expect(layOutInWorker(job())).rejects.toThrow('Refused to create a worker');
  });

  it('reject when the worker fails to start, and the next layout tries a new one', async () => {
    vi.stubGlobal('Worker', FailingWorker);
    FailingWorker.made = 0;
    await expect(layOutInWorker(job())).rejects.toThrow('refused');
    await expect(layOutInWorker(job())).rejects.toThrow('refused');
    expect(FailingWorker.made).toBe(2);
  });
});
