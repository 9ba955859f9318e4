import { useId } from 'react';
import { useDisclosure } from '../useDisclosure';
import type { EditorRequest } from '../../store/editorSlice';
import { useStore } from '../../store/store';
import './AddMenu.css';

const ITEMS: readonly { label: string; request: EditorRequest; needsDataset: boolean }[] = [
  { label: 'Add actor', request: { action: 'add', kind: 'actor' }, needsDataset: true },
  { label: 'Add claim', request: { action: 'add', kind: 'claim' }, needsDataset: true },
  { label: 'Add statement', request: { action: 'add', kind: 'statement' }, needsDataset: true },
  { label: 'Add source', request: { action: 'add', kind: 'source' }, needsDataset: true },
  { label: 'New dataset', request: { action: 'newDataset' }, needsDataset: false },
];

/** The Add button and its list: a new actor, claim or statement, or a new empty dataset. */
export function AddMenu() {
  const { open, setOpen, rootRef, buttonRef, closeOnEscape } = useDisclosure();
  // A network read from another tool is shown, not edited: only a new dataset can be started.
  const editable = useStore((s) => s.index !== null && s.network === null);
  const openEditor = useStore((s) => s.openEditor);
  const listId = useId();

  return (
    <div className="add-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen(!open)}
        onKeyDown={closeOnEscape}
      >
        Add
      </button>
      <div
        id={listId}
        className="add-menu-list"
        role="group"
        aria-label="Add"
        hidden={!open}
        onKeyDown={closeOnEscape}
      >
        {ITEMS.map(({ label, request, needsDataset }) => (
          <button
            key={label}
            type="button"
            className="add-menu-item"
            disabled={needsDataset && !editable}
            onClick={() => {
              setOpen(false);
              openEditor(request);
            }}
          >
            {label}
          </button>
        ))}
      </div>
    </div>
  );
}
