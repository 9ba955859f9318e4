import type { ReactNode } from 'react';
import type { OverlayPanel, OverlayPanels } from './useOverlayPanels';
import './SidePanel.css';

const TITLES: Readonly<Record<OverlayPanel, string>> = { filters: 'Filters', details: 'Details' };
const panelId = (panel: OverlayPanel) => `side-panel-${panel}`;

interface SidePanelProps {
  panel: OverlayPanel;
  panels: OverlayPanels;
  /** The landmark's name, when the panel needs one. */
  label?: string;
  /** Wider, for reading (a source's text). */
  wide?: boolean;
  children: ReactNode;
}

/**
 * A side panel: beside the graph on a wide screen; on a narrow one, over the graph when opened
 * with its button (PanelToggles), with a button of its own to close it.
 */
export function SidePanel({ panel, panels, label, wide = false, children }: SidePanelProps) {
  const side = panel === 'filters' ? 'left' : 'right';
  return (
    <aside
      id={panelId(panel)}
      className={`side-panel side-panel-${side}${wide ? ' side-panel-wide' : ''}`}
      aria-label={label}
      data-open={panels.open === panel}
    >
      <div className="side-panel-bar">
        <button
          ref={panels.closeRef(panel)}
          type="button"
          className="button"
          onClick={panels.close}
        >
          Close<span className="visually-hidden"> {TITLES[panel].toLowerCase()}</span>
        </button>
      </div>
      {children}
    </aside>
  );
}

/** The Filters and Details buttons that open the side panels over the graph on a narrow screen. */
export function PanelToggles({ panels }: { panels: OverlayPanels }) {
  return (
    <div className="panel-toggles">
      {(['filters', 'details'] as const).map((panel) => (
        <button
          key={panel}
          ref={panels.toggleRef(panel)}
          type="button"
          className="button"
          aria-expanded={panels.open === panel}
          aria-controls={panelId(panel)}
          onClick={() => panels.toggle(panel)}
        >
          {TITLES[panel]}
        </button>
      ))}
    </div>
  );
}
