import { useEffect, useRef } from 'react';
import {
  actorsViewElements,
  claimsViewElements,
  networkElements,
  networkHasPositions,
  selectionElementIds,
} from '../../cytoscape/elements';
import { setActiveGraph } from '../../cytoscape/activeGraph';
import { createGraphProbe, GraphController } from '../../cytoscape/graphController';
import {
  actorsViewPredicate,
  claimsViewPredicate,
  networkPredicate,
} from '../../cytoscape/visibility';
import {
  selectActorsViewShown,
  selectNetworkShown,
  selectShownVisibility,
  selectTieEdges,
} from '../../store/selectors';
import { useStore } from '../../store/store';
import { useSystemTheme } from '../useSystemTheme';
import './GraphCanvas.css';

/**
 * Pushes what is shown into the graph by class: the filters and the focus. In the actor view the
 * tie edges themselves follow the filters (they are derived from the shown statements), so they are
 * synced first, keeping every node where it is.
 */
function syncShown(controller: GraphController): void {
  const state = useStore.getState();
  if (!state.index) return;
  const network = selectNetworkShown(state);
  if (network) {
    controller.applyVisibility(networkPredicate(network));
    return;
  }
  if (state.view === 'claims') {
    const visibility = selectShownVisibility(state);
    if (visibility) controller.applyVisibility(claimsViewPredicate(visibility));
    return;
  }
  const tieElements = actorsViewElements(state.index, selectTieEdges(state)).filter(
    (e) => e.group === 'edges',
  );
  controller.syncEdges(tieElements);
  const shown = selectActorsViewShown(state);
  if (shown) controller.applyVisibility(actorsViewPredicate(shown.actors));
}

/**
 * The graph. Cytoscape lives in a ref, created on mount and destroyed on unmount; each effect below
 * pushes one concern of the store into it, reading fresh state with getState().
 */
export function GraphCanvas() {
  const containerRef = useRef<HTMLDivElement>(null);
  const controllerRef = useRef<GraphController | null>(null);
  const theme = useSystemTheme();
  const index = useStore((s) => s.index);
  const view = useStore((s) => s.view);
  const busy = useStore((s) => s.busy);

  useEffect(() => {
    const container = containerRef.current!;
    const controller = new GraphController(container, theme);
    controllerRef.current = controller;
    window.stancegraphProbe = createGraphProbe(controller, container);
    setActiveGraph(controller);
    controller.enableHoverHighlight();
    controller.onTap((target) => useStore.getState().select(target));
    return () => {
      controllerRef.current = null;
      delete window.stancegraphProbe;
      setActiveGraph(null);
      controller.destroy();
    };
    // The theme is applied by its own effect; the instance is made once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    controllerRef.current?.setTheme(theme);
  }, [theme]);

  // A new dataset or view: new elements and a new layout. Nothing else rebuilds elements.
  useEffect(
    function onElementSetChange() {
      const controller = controllerRef.current;
      if (!controller || !index) return;
      const state = useStore.getState();
      state.setBusy(true);
      const { network } = state;
      const elements = network
        ? networkElements(index, network)
        : view === 'claims'
          ? claimsViewElements(index)
          : actorsViewElements(index, selectTieEdges(state));
      controller.replaceElements(elements);
      state.setGraphNote(controller.layoutNote(state.layout));
      syncShown(controller);
      controller.select(selectionElementIds(state.selection), false);
      if (network && networkHasPositions(network)) {
        // The file's own positions are the layout its author chose.
        controller.fit();
        state.setBusy(false);
      } else {
        controller.runLayout(state.layout, () => useStore.getState().setBusy(false));
      }
    },
    [index, view],
  );

  // Filters, the tie selector, selection and focus: classes toggled in one batch, no layout.
  useEffect(function onShownOrSelectionChange() {
    return useStore.subscribe((state, previous) => {
      const controller = controllerRef.current;
      if (!controller || state.index !== previous.index || state.view !== previous.view) return;
      const shownChanged =
        state.filters !== previous.filters ||
        state.tieMode !== previous.tieMode ||
        state.tieMinWeight !== previous.tieMinWeight ||
        state.focusDepth !== previous.focusDepth ||
        (state.focusDepth > 0 && state.selection !== previous.selection);
      if (shownChanged) syncShown(controller);
      if (state.selection !== previous.selection) {
        controller.select(selectionElementIds(state.selection), true);
      }
    });
  }, []);

  useEffect(function onLayoutChange() {
    return useStore.subscribe((state, previous) => {
      const controller = controllerRef.current;
      const changed =
        state.layout !== previous.layout || state.layoutRequest !== previous.layoutRequest;
      if (!controller || !changed || !state.index) return;
      state.setBusy(true);
      state.setGraphNote(controller.layoutNote(state.layout));
      controller.runLayout(state.layout, () => useStore.getState().setBusy(false));
    });
  }, []);

  useEffect(function onFitRequest() {
    return useStore.subscribe((state, previous) => {
      if (state.fitRequest !== previous.fitRequest) controllerRef.current?.fit();
    });
  }, []);

  return (
    <div
      ref={containerRef}
      className="graph-canvas"
      role="region"
      aria-label="Graph"
      aria-busy={busy}
      data-testid="graph"
    />
  );
}
