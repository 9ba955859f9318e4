import { lazy, Suspense, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { SidePanelName } from '../../model/viewState';
import { useStore } from '../../store/store';

// The sources and their texts load when first shown, not with the page.
const SourcesPanel = lazy(() => import('../SourcesPanel/SourcesPanel'));

const TABS: readonly { name: SidePanelName; label: string }[] = [
  { name: 'filters', label: 'Filters' },
  { name: 'sources', label: 'Sources' },
];

/**
 * The left panel's two tabs: Filters (with the legend) and Sources (their texts, for reading and
 * coding). Arrow keys move between the tabs, as the ARIA tabs pattern has it.
 */
export function SidePanelTabs({ filters }: { filters: ReactNode }) {
  const id = useId();
  const sidePanel = useStore((s) => s.sidePanel);
  const showSidePanel = useStore((s) => s.showSidePanel);
  const tabRefs = useRef(new Map<SidePanelName, HTMLButtonElement>());
  const tabId = (name: SidePanelName) => `${id}-${name}`;

  const onKeyDown = (event: KeyboardEvent) => {
    const at = TABS.findIndex((tab) => tab.name === sidePanel);
    const next =
      event.key === 'ArrowRight'
        ? (at + 1) % TABS.length
        : event.key === 'ArrowLeft'
          ? (at + TABS.length - 1) % TABS.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? TABS.length - 1
              : null;
    if (next === null) return;
    event.preventDefault();
    const name = TABS[next]!.name;
    showSidePanel(name);
    tabRefs.current.get(name)?.focus();
  };

  return (
    <>
      <div role="tablist" aria-label="Side panel" className="side-tabs" onKeyDown={onKeyDown}>
        {TABS.map(({ name, label }) => (
          <button
            key={name}
            ref={(button) => {
              if (button) tabRefs.current.set(name, button);
              else tabRefs.current.delete(name);
            }}
            id={tabId(name)}
            type="button"
            role="tab"
            className="side-tab"
            aria-selected={sidePanel === name}
            aria-controls={`${id}-panel`}
            tabIndex={sidePanel === name ? 0 : -1}
            onClick={() => showSidePanel(name)}
          >
            {label}
          </button>
        ))}
      </div>
      <div
        id={`${id}-panel`}
        role="tabpanel"
        className="side-tabs-panel"
        aria-labelledby={tabId(sidePanel)}
      >
        {sidePanel === 'filters' ? (
          filters
        ) : (
          <Suspense fallback={<p className="details-muted">Loading the sources…</p>}>
            <SourcesPanel />
          </Suspense>
        )}
      </div>
    </>
  );
}
