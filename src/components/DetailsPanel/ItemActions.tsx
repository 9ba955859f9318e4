import type { Selection } from '../../model/selection';
import { useStore } from '../../store/store';
import { useReadOnly } from '../readOnly';

/**
 * Edit, Delete and (for actors and claims) Merge into… for the selected item. A network read
 * from another tool is shown, not edited, and ties are derived: neither has them; nor has a page
 * that only shows its data.
 */
export function ItemActions({ selection }: { selection: NonNullable<Selection> }) {
  const readOnly = useReadOnly();
  const editable = useStore((s) => s.network === null) && !readOnly;
  const openEditor = useStore((s) => s.openEditor);
  if (!editable || selection.type === 'tie') return null;
  const { type: kind, id } = selection;
  return (
    <div className="item-actions" role="group" aria-label="Edit this item">
      <button
        type="button"
        className="button"
        onClick={() => openEditor({ action: 'edit', kind, id })}
      >
        Edit
      </button>
      {kind !== 'statement' && (
        <button
          type="button"
          className="button"
          onClick={() => openEditor({ action: 'merge', kind, id })}
        >
          Merge into…
        </button>
      )}
      <button
        type="button"
        className="button"
        onClick={() => openEditor({ action: 'delete', kind, id })}
      >
        Delete
      </button>
    </div>
  );
}
