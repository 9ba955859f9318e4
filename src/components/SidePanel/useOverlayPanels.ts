import { useCallback, useEffect, useRef, useState } from 'react';
import { useStore } from '../../store/store';

export type OverlayPanel = 'filters' | 'details';

/** Below this width the side panels leave the graph the screen and open over it (styles.css). */
export const NARROW_SCREEN = '(max-width: 999px)';

function isNarrow(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(NARROW_SCREEN).matches;
}

export interface OverlayPanels {
  /** The panel open over the graph on a narrow screen, if any (wide screens show both always). */
  open: OverlayPanel | null;
  toggle: (panel: OverlayPanel) => void;
  close: () => void;
  /** A ref for a panel's toggle button, which gets the focus back when the panel closes. */
  toggleRef: (panel: OverlayPanel) => (button: HTMLButtonElement | null) => void;
  /** A ref for a panel's close button, which gets the focus when the panel opens. */
  closeRef: (panel: OverlayPanel) => (button: HTMLButtonElement | null) => void;
}

/**
 * Which side panel is open over the graph on a narrow screen. Escape closes it (and does not clear
 * the selection as well); a selection made on a narrow screen opens the details, since a tap on a
 * node would otherwise show nothing of what it is, and so does a form; a source asked for opens
 * the left panel, where it is read.
 */
export function useOverlayPanels(): OverlayPanels {
  const [open, setOpen] = useState<OverlayPanel | null>(null);
  const toggleRefs = useRef<Record<OverlayPanel, HTMLButtonElement | null>>({
    filters: null,
    details: null,
  });
  const closeRefs = useRef<Record<OverlayPanel, HTMLButtonElement | null>>({
    filters: null,
    details: null,
  });
  // Set by the buttons: focus goes into a panel opened from its button, and back to it on close.
  const focusOnOpen = useRef(false);

  const close = useCallback(() => {
    if (open) toggleRefs.current[open]?.focus();
    setOpen(null);
  }, [open]);

  const toggle = useCallback(
    (panel: OverlayPanel) => {
      if (open === panel) close();
      else {
        focusOnOpen.current = true;
        setOpen(panel);
      }
    },
    [open, close],
  );

  useEffect(() => {
    if (open && focusOnOpen.current) closeRefs.current[open]?.focus();
    focusOnOpen.current = false;
  }, [open]);

  useEffect(
    function closeOnEscape() {
      if (open === null) return;
      // On the document: after the search box and the export menu have had their Escape (they
      // mark it handled), before the app's own on the window, which would clear the selection.
      const onKeyDown = (event: KeyboardEvent) => {
        if (event.key !== 'Escape' || event.defaultPrevented || !isNarrow()) return;
        if (event.target instanceof Element && event.target.closest('dialog')) return;
        event.preventDefault();
        close();
      };
      document.addEventListener('keydown', onKeyDown);
      return () => document.removeEventListener('keydown', onKeyDown);
    },
    [open, close],
  );

  useEffect(function openDetailsOnSelection() {
    return useStore.subscribe((state, previous) => {
      if (!isNarrow()) return;
      // A source asked for is read in the left panel; a form opens in the details.
      const form = state.editor?.action === 'add' || state.editor?.action === 'edit';
      if (state.sourceRequest !== previous.sourceRequest) setOpen('filters');
      else if (
        (state.selection !== null && state.selection !== previous.selection) ||
        (form && state.editor !== previous.editor)
      )
        setOpen('details');
    });
  }, []);

  const toggleRef = useCallback(
    (panel: OverlayPanel) => (button: HTMLButtonElement | null) => {
      toggleRefs.current[panel] = button;
    },
    [],
  );
  const closeRef = useCallback(
    (panel: OverlayPanel) => (button: HTMLButtonElement | null) => {
      closeRefs.current[panel] = button;
    },
    [],
  );

  return { open, toggle, close, toggleRef, closeRef };
}
