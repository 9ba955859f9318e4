import { useStore } from '../store/store';

// Fields whose keys are the user's text: Escape and Ctrl+Z there are the field's own.
const TEXT_FIELDS =
  'textarea, [contenteditable=""], [contenteditable="true"], [role="combobox"], ' +
  'input:not([type]), input[type="text"], input[type="search"], input[type="date"], ' +
  'input[type="number"], input[type="url"], input[type="email"]';

/** Whether a key press belongs to a field the user is typing in. */
function isTyping(target: EventTarget | null): boolean {
  return Boolean((target as HTMLElement | null)?.closest?.(TEXT_FIELDS));
}

/**
 * The page's keys: Escape clears the focus, then the selection; with `history`, Ctrl/Cmd+Z undoes
 * and Ctrl/Cmd+Shift+Z (or Ctrl+Y) redoes. A page that only shows its data has no history keys.
 */
export function listenForKeys({ history }: { history: boolean }): void {
  window.addEventListener('keydown', (event) => {
    if (event.defaultPrevented) return;
    const target = event.target as HTMLElement | null;
    // Escape closes an open form of the editor, else clears the focus, then the selection, from
    // anywhere but a text field or a dialog (which closes itself): a button or a list included.
    if (event.key === 'Escape') {
      if (isTyping(target) || target?.closest('dialog, [role="dialog"]')) return;
      const state = useStore.getState();
      if (state.editor) state.closeEditor();
      else state.clearSelection();
      return;
    }
    // Undo and redo, as everywhere: Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z or Ctrl+Y; a text field keeps
    // them for its own text.
    if (!history || !(event.ctrlKey || event.metaKey) || event.altKey || isTyping(target)) return;
    const key = event.key.toLowerCase();
    const step =
      key === 'z'
        ? event.shiftKey
          ? 'redo'
          : 'undo'
        : key === 'y' && !event.shiftKey
          ? 'redo'
          : null;
    if (step === null) return;
    event.preventDefault();
    // An open form holds typed changes to what is shown: undoing the dataset behind it would lose
    // them, and so would the browser's own undo of the last typing, from a select or a button.
    const state = useStore.getState();
    if (!state.editor) state[step]();
  });
}
