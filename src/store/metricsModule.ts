// The metrics code (graphology, graphology-metrics and Louvain) loads on use, when the actor view
// is first shown, so it costs the first page load nothing. Selectors read it through
// `metricsModule()` and the store's `metricsReady` flag, which turns true once it is here.
type MetricsModule = typeof import('../model/nodeMetrics');

let loaded: MetricsModule | null = null;
let loading: Promise<MetricsModule> | null = null;

/** The metrics code, or null until it has loaded. */
export function metricsModule(): MetricsModule | null {
  return loaded;
}

/** Loads the metrics code once; later calls get the same promise. */
export function loadMetrics(): Promise<MetricsModule> {
  loading ??= import('../model/nodeMetrics').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = null; // a later request tries again (say, after the network came back)
      throw error;
    },
  );
  return loading;
}
