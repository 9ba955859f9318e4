// The instrumentation installed in the pages (BENCH_INIT) and in their workers (WORKER_INIT).

// Installed in every page (app and plain) before its own scripts; a string, because tsx would wrap
// named functions in a helper the page does not have. window.__bench records the time a file was
// chosen (capture-phase `change` on a file input), the last click, input and Enter (capture phase,
// so before the page's handlers), every long task, every message of a Worker the page creates (when
// it arrived, how long reading its data took: the main thread's cost of copying the worker's
// answer), and every Blob made into an object URL (how a download is handed over). Its `arm…`
// functions set `pending` to a promise of when something finished, which browser.ts then awaits.
// "Finished" is always: the first animation frame at which the condition holds, then the next one,
// so the frame that draws the change is included. The plain page does the same (work, two frames).
export const BENCH_INIT = String.raw`
(() => {
  if (window.__bench) return;
  const b = (window.__bench = {
    longtasks: [], chosenAt: null, clickAt: null, inputAt: null, enterAt: null,
    worker: [], blobs: [], pending: null,
  });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (error) {
    b.longtaskError = String(error);
  }
  addEventListener('change', (e) => {
    if (e.target && e.target.type === 'file') b.chosenAt = performance.now();
  }, true);
  addEventListener('click', () => { b.clickAt = performance.now(); }, true);
  addEventListener('input', () => { b.inputAt = performance.now(); }, true);
  addEventListener('keydown', (e) => { if (e.key === 'Enter') b.enterAt = performance.now(); }, true);

  const NativeWorker = window.Worker;
  if (NativeWorker) {
    window.Worker = class extends NativeWorker {
      constructor(url, options) {
        super(url, options);
        this.addEventListener('message', (event) => {
          const at = performance.now();
          const data = event.data;
          const read = performance.now() - at;
          b.worker.push({
            at, read, type: data && data.type, phase: data && data.phase,
            layout: !!data && (Array.isArray(data.positions) || ArrayBuffer.isView(data.positions)),
          });
        });
      }
    };
  }
  const createObjectURL = URL.createObjectURL;
  URL.createObjectURL = function (object) {
    if (object instanceof Blob) b.blobs.push({ at: performance.now(), type: object.type, size: object.size });
    return createObjectURL.call(URL, object);
  };

  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  const timeout = (ms) => new Error('timed out after ' + Math.round(ms / 1000) + ' s');
  b.poll = (cond, timeoutMs) => new Promise((resolve, reject) => {
    const started = performance.now();
    const tick = () => {
      let ok = false;
      try {
        ok = cond();
      } catch (error) {
        reject(error);
        return;
      }
      if (ok) requestAnimationFrame(() => resolve(performance.now()));
      else if (performance.now() - started > timeoutMs) reject(timeout(timeoutMs));
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });

  const status = () => {
    const el = document.querySelector('[role="status"]');
    return el ? el.textContent : '';
  };
  const region = () => document.querySelector('[role="region"][aria-label="Graph"]');
  const idle = () => {
    const r = region();
    return !!r && r.getAttribute('aria-busy') === 'false';
  };
  const point = (id) =>
    window.stancegraphProbe ? window.stancegraphProbe.clientPointOf('node', id) : null;
  const failure = () => {
    for (const alert of document.querySelectorAll('[role="alert"]')) {
      if (/could not be/.test(alert.textContent)) return alert.textContent.slice(0, 400);
    }
    return null;
  };
  b.status = status;
  b.idle = idle;
  b.results = () => b.worker.filter((m) => m.type === 'result').length;

  // App: a new dataset is on screen (status changed, one of its nodes drawn) and the graph idle.
  b.armAppLoad = (o) => {
    b.pending = b.poll(() => {
      const failed = failure();
      if (failed) throw new Error(failed);
      return status() !== o.before && idle() && !!point(o.nodeId);
    }, o.timeoutMs).then((doneAt) => ({
      doneAt,
      chosenAt: b.chosenAt,
      worker: b.worker.filter((m) => m.at >= b.chosenAt),
      longtasks: b.longtasks.filter((t) => t.start + t.duration >= b.chosenAt),
    }));
  };

  // App: the same file opened again (the status stays): a new worker result, idle, nodes moved.
  b.armAppReload = (o) => {
    const seen = b.results();
    const before = point(o.nodeId);
    let resultAt = null;
    b.pending = b.poll(() => {
      const failed = failure();
      if (failed) throw new Error(failed);
      if (b.results() <= seen) return false;
      if (resultAt === null) resultAt = performance.now();
      const now = point(o.nodeId);
      const moved = !!now && (!before || now.x !== before.x || now.y !== before.y);
      return idle() && (moved || performance.now() - resultAt > 3000);
    }, o.timeoutMs);
  };

  // App: the status line changes, then two frames. Started by the last click.
  b.armStatusChange = (timeoutMs) => {
    const el = document.querySelector('[role="status"]');
    const before = el.textContent;
    b.pending = new Promise((resolve, reject) => {
      const observer = new MutationObserver(() => {
        if (el.textContent === before) return;
        observer.disconnect();
        clearTimeout(timer);
        const changedAt = performance.now();
        frame().then(frame).then(() =>
          resolve({ startAt: b.clickAt, changedAt, doneAt: performance.now(), text: el.textContent }),
        );
      });
      const timer = setTimeout(() => {
        observer.disconnect();
        reject(timeout(timeoutMs));
      }, timeoutMs);
      observer.observe(el, { subtree: true, childList: true, characterData: true });
    });
  };

  // App: the timeline's window text changes (a step of the moving window). Started by the last
  // click. The graph is synchronised in the store update, before React renders the text, so the
  // frames after it draw the new window.
  b.armWindowStep = (timeoutMs) => {
    const el = document.querySelector('.timeline-window');
    const before = el.textContent;
    b.pending = b.poll(() => el.textContent !== before, timeoutMs).then((doneAt) => ({
      startAt: b.clickAt,
      doneAt,
      status: status(),
    }));
  };

  // App: the search's list of results is shown. Started by the last input.
  b.armSearchResults = (timeoutMs) => {
    b.pending = b.poll(() => {
      const list = document.querySelector('[role="listbox"]');
      return !!list && !list.hidden && list.querySelector('[role="option"]') !== null;
    }, timeoutMs).then((doneAt) => ({ startAt: b.inputAt, doneAt }));
  };

  // App: the node sits still inside the graph area, selected (the app brings a selection out of
  // sight into view, and leaves one in sight where it is). Started by the last Enter.
  b.armRevealed = (o) => {
    let last = null;
    b.pending = b.poll(() => {
      const r = region();
      const p = point(o.nodeId);
      if (!r || !p) return false;
      const still = !!last && last.x === p.x && last.y === p.y;
      last = p;
      const title = document.querySelector('[data-details-title]');
      if (!title || title.textContent.trim() !== o.name) return false;
      const box = r.getBoundingClientRect();
      return still && p.x > box.left && p.x < box.right && p.y > box.top && p.y < box.bottom;
    }, o.timeoutMs).then((doneAt) => ({ startAt: b.enterAt, doneAt }));
  };

  // App: a node is drawn with a new label (an edit saved). Started by the last click.
  b.armLabel = (o) => {
    b.pending = b.poll(
      () => !!window.stancegraphProbe && window.stancegraphProbe.labelOf(o.nodeId) === o.label,
      o.timeoutMs,
    ).then((doneAt) => ({ startAt: b.clickAt, doneAt }));
  };

  // App: the actor view is drawn (claims gone, actors there, idle). Started by the last click.
  b.armActorView = (o) => {
    b.pending = b.poll(
      () => status() !== o.before && idle() && !point(o.claimId) && !!point(o.actorId),
      o.timeoutMs,
    ).then((doneAt) => ({ startAt: b.clickAt, doneAt }));
  };

  // App: the floor of a step of the moving window (windowSteps.ts). recordWindow notes what the
  // graph shows after each of the app's steps: its shown nodes, and its shown edges, each with its
  // drawn width and label. replayWindows then makes the same changes again directly on the app's
  // own Cytoscape graph, from window to window, the cheapest way (style bypasses on the elements
  // that change, every edge of every window added up front, hidden), timed until two frames
  // after; then it puts the graph back as the app left it. The instance is Cytoscape's own
  // registration on its container: the app exposes nothing that changes its graph.
  const cyOf = () => {
    const container = document.querySelector('.graph-canvas-cytoscape');
    const cy = container && container._cyreg && container._cyreg.cy;
    if (!cy) throw new Error('no Cytoscape instance on the graph area');
    return cy;
  };
  b.windows = [];
  b.recordWindow = () => {
    const cy = cyOf();
    const nodes = new Set(cy.nodes().filter((node) => node.visible()).map((node) => node.id()));
    const shown = new Map();
    cy.edges().forEach((edge) => {
      if (!edge.visible()) return;
      shown.set(edge.id(), {
        definition: { group: 'edges', data: { ...edge.data() }, classes: edge.classes() },
        width: edge.style('width'),
        label: edge.style('label'),
      });
    });
    b.windows.push({ nodes, edges: shown });
    return shown.size;
  };
  b.replayWindows = async () => {
    const cy = cyOf();
    const windows = b.windows;
    const last = windows[windows.length - 1];
    const definitions = new Map();
    for (const { edges } of windows)
      for (const [id, edge] of edges) if (!definitions.has(id)) definitions.set(id, edge.definition);
    const missing = [...definitions].filter(([id]) => cy.getElementById(id).empty());
    let added = cy.collection();
    cy.batch(() => {
      added = cy.add(missing.map(([, definition]) => definition));
      added.style('visibility', 'hidden');
    });
    // How each edge is drawn now, so that only a width or label that differs is set.
    const drawnAs = new Map();
    for (const id of definitions.keys()) {
      const element = cy.getElementById(id);
      drawnAs.set(id, { width: element.style('width'), label: element.style('label') });
    }
    const touched = new Set();
    await frame();
    await frame();
    const times = [];
    // From the last window to the first (not timed), then window by window back to the last.
    for (let i = 0; i < windows.length; i++) {
      const from = i === 0 ? last : windows[i - 1];
      const to = windows[i];
      const started = performance.now();
      cy.batch(() => {
        for (const id of from.nodes)
          if (!to.nodes.has(id)) cy.getElementById(id).style('display', 'none');
        for (const id of to.nodes)
          if (!from.nodes.has(id)) cy.getElementById(id).style('display', 'element');
        for (const id of from.edges.keys())
          if (!to.edges.has(id)) cy.getElementById(id).style('visibility', 'hidden');
        for (const [id, edge] of to.edges) {
          const element = cy.getElementById(id);
          if (!from.edges.has(id)) element.style('visibility', 'visible');
          const drawn = drawnAs.get(id);
          if (drawn.width !== edge.width || drawn.label !== edge.label) {
            element.style({ width: edge.width, label: edge.label });
            drawnAs.set(id, edge);
            touched.add(id);
          }
        }
      });
      await frame();
      await frame();
      if (i > 0) times.push(performance.now() - started);
    }
    cy.batch(() => {
      added.remove();
      for (const id of touched) cy.getElementById(id).removeStyle('width label');
    });
    b.windows = [];
    return times;
  };

  b.blobSince = (count) =>
    b.blobs.slice(count).find((x) => x.type === 'image/png') || b.blobs[count] || null;
})();
`;

// Installed in the page's workers (over CDP, so the main thread need not answer): records when the
// worker posts each message, in the page's clock after conversion. A worker keeps answering while
// the page's main thread is stuck in a long task, so this is known even for loads that freeze it.
export const WORKER_INIT = `(() => {
  if (self.__bench) return;
  const b = (self.__bench = { posted: [] });
  const post = self.postMessage.bind(self);
  self.postMessage = (data, ...rest) => {
    b.posted.push({ at: performance.timeOrigin + performance.now(), type: data && data.type,
      phase: data && data.phase });
    return post(data, ...rest);
  };
})()`;
