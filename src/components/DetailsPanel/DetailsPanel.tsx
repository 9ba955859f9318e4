import { lazy, Suspense, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { sameSelection, type Selection } from '../../model/selection';
import { stanceStyles } from '../../model/styleTable';
import type { ActorNode } from '../../model/actorLevel';
import { selectActorGrouping, selectVisibility } from '../../store/selectors';
import { useStore, type StoreState } from '../../store/store';
import { ActorDetails } from './ActorDetails';
import { ClaimDetails } from './ClaimDetails';
import { DetailsContext, type DetailsContextValue } from './detailsContext';
import { FocusControls } from './FocusControls';
import { GroupDetails } from './GroupDetails';
import { ItemActions } from './ItemActions';
import { Overview } from './Overview';
import { StatementDetails } from './StatementDetails';
import { TieDetails } from './TieDetails';
import './DetailsPanel.css';

// The forms load with the first edit, not with the page.
const EditorPanel = lazy(() => import('../Editing/EditorPanel'));

/** Scrolls the nearest scrolling ancestor of `element` back to its top. */
function scrollContainerToTop(element: HTMLElement): void {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if (overflowY === 'auto' || overflowY === 'scroll') {
      node.scrollTop = 0;
      return;
    }
  }
}

/** A node of the actor view that speaks for others: an organisation or an attribute's group. */
function groupNodeOf(state: StoreState, id: string): ActorNode | null {
  if (state.view !== 'actors') return null;
  const node = selectActorGrouping(state)?.nodes.get(id);
  return node && (node.members.length > 1 || node.members[0] !== node.actor) ? node : null;
}

function SelectionDetails({ selection }: { selection: NonNullable<Selection> }) {
  const group = useStore((s) => (selection.type === 'actor' ? groupNodeOf(s, selection.id) : null));
  switch (selection.type) {
    case 'actor':
      return group ? <GroupDetails node={group} /> : <ActorDetails id={selection.id} />;
    case 'claim':
      return <ClaimDetails id={selection.id} />;
    case 'statement':
      return <StatementDetails id={selection.id} />;
    case 'tie':
      return <TieDetails a={selection.a} b={selection.b} />;
  }
}

/**
 * The right-hand panel: what the selection is and who said what about it, with the evidence.
 * Every actor, claim and statement named in it is a link-button that selects that item; the graph
 * listens to the store and centres it.
 */
export function DetailsPanel() {
  const index = useStore((s) => s.index);
  const selection = useStore((s) => s.selection);
  const visibility = useStore(selectVisibility);
  const select = useStore((s) => s.select);
  const editor = useStore((s) => s.editor);
  const form = editor?.action === 'add' || editor?.action === 'edit' ? editor : null;
  const headingId = useId();
  const sectionRef = useRef<HTMLElement>(null);
  // What a link inside the panel last selected; focus follows to its title. Compared by identity
  // with the store's selection, so the same item selected later from the graph takes no focus.
  const [openedHere, setOpenedHere] = useState<Selection>(null);

  const styles = useMemo(
    () => new Map(index ? stanceStyles(index.stances).map((style) => [style.id, style]) : []),
    [index],
  );
  const go = useCallback(
    (next: Selection) => {
      if (sameSelection(useStore.getState().selection, next)) return;
      setOpenedHere(next);
      select(next);
    },
    [select],
  );
  const context = useMemo<DetailsContextValue | null>(
    () => (index && visibility ? { index, visibility, styles, go } : null),
    [index, visibility, styles, go],
  );

  useEffect(
    function onSelectionChange() {
      const section = sectionRef.current;
      if (!section) return;
      scrollContainerToTop(section);
      if (openedHere !== null && openedHere === selection) {
        section.querySelector<HTMLElement>('[data-details-title]')?.focus({ preventScroll: true });
      }
    },
    [selection, openedHere],
  );

  // When a form or a dialog of the editor closes (Save, Cancel, Escape, a deletion), the focus
  // it held would fall to the page's body: it comes here instead, to the title of what the panel
  // shows now (what was saved, or what is selected), or to the panel's heading.
  const editorOpen = editor !== null;
  const editorWasOpen = useRef(editorOpen);
  useEffect(() => {
    const closed = editorWasOpen.current && !editorOpen;
    editorWasOpen.current = editorOpen;
    if (!closed) return;
    const active = document.activeElement;
    if (active && active !== document.body && active.isConnected) return;
    const section = sectionRef.current;
    const target =
      section?.querySelector<HTMLElement>('[data-details-title]') ??
      section?.querySelector<HTMLElement>('.panel-heading');
    target?.focus({ preventScroll: true });
  }, [editorOpen]);

  return (
    <section ref={sectionRef} aria-labelledby={headingId} className="details-panel">
      <h2 id={headingId} className="panel-heading" tabIndex={-1}>
        Details
      </h2>
      {form ? (
        <Suspense fallback={<p className="details-muted">Loading the form…</p>}>
          <EditorPanel request={form} />
        </Suspense>
      ) : context === null ? (
        <p className="details-muted">No dataset loaded.</p>
      ) : (
        <DetailsContext.Provider value={context}>
          {selection === null ? (
            <Overview />
          ) : (
            <>
              <ItemActions selection={selection} />
              <FocusControls />
              <SelectionDetails selection={selection} />
            </>
          )}
        </DetailsContext.Provider>
      )}
    </section>
  );
}
