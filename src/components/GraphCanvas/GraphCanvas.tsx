import { useEffect, useRef, type RefObject } from 'react';
import { createGraphProbe, GraphController } from '../../cytoscape/graphController';
import { PATTERNED_EDGES_IN_VIEW } from '../../cytoscape/linePatterns';
import { useStore } from '../../store/store';
import { useSystemTheme } from '../useSystemTheme';
import { sceneOf } from './scene';
import './GraphCanvas.css';

interface Props {
  /** Where the graph is handed to its owner (the exports reach it there); null once it is gone. */
  graphRef?: RefObject<GraphController | null>;
}

/**
 * The graph. Cytoscape lives in a controller created on mount and destroyed on unmount; one
 * subscription hands it the scene the store describes after every change, and the controller
 * applies only what differs (see GraphController.sync). Positions, busy-ness and notes come back
 * through the controller's listener into the store.
 */
export function GraphCanvas({ graphRef }: Props) {
  const containerRef = useRef<HTMLDivElement>(null);
  const theme = useSystemTheme();
  const themeRef = useRef(theme);
  const syncRef = useRef<(() => void) | null>(null);
  // Busy from the moment a file is chosen until the graph has drawn what it holds.
  const busy = useStore((s) => s.busy || s.loading !== null);

  useEffect(() => {
    const container = containerRef.current!;
    const controller = new GraphController(container, themeRef.current, {
      positions: (view, positions, label) =>
        useStore.getState().setPositions(view, positions, label),
      busy: (value) => useStore.getState().setBusy(value),
      note: (note) => useStore.getState().setGraphNote(note),
      progress: (progress) => useStore.getState().setDrawProgress(progress),
      linePatterns: (drawn) =>
        useStore.getState().setSolidLinesAbove(drawn ? null : PATTERNED_EDGES_IN_VIEW),
    });
    window.stancegraphProbe = createGraphProbe(controller, container);
    if (graphRef) graphRef.current = controller;
    controller.enableHoverHighlight();
    controller.onTap((target) => useStore.getState().select(target));
    const sync = () => {
      const scene = sceneOf(useStore.getState(), themeRef.current);
      if (scene) controller.sync(scene);
    };
    syncRef.current = sync;
    sync();
    const unsubscribe = useStore.subscribe(sync);
    return () => {
      unsubscribe();
      syncRef.current = null;
      if (graphRef) graphRef.current = null;
      delete window.stancegraphProbe;
      controller.destroy();
    };
  }, [graphRef]);

  useEffect(() => {
    themeRef.current = theme;
    syncRef.current?.();
  }, [theme]);

  // Cytoscape gets a container of its own: it takes any change of its container's attributes for
  // a resize and redraws the whole graph, which at the end of a large load (aria-busy turning
  // false) is a long task for nothing.
  return (
    <div
      className="graph-canvas"
      role="region"
      aria-label="Graph"
      aria-busy={busy}
      data-testid="graph"
    >
      <div ref={containerRef} className="graph-canvas-cytoscape" />
    </div>
  );
}
