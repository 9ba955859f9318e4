import { useStore } from '../store/store';

/** Whether a key press belongs to a field the user is typing in (where keys keep their meaning). */
function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return Boolean(
    element?.closest('input, select, textarea, [contenteditable=""], [contenteditable="true"]'),
  );
}

/**
 * The page's keys: Escape clears the focus, then the selection; with `history`, Ctrl/Cmd+Z undoes
 * and Ctrl/Cmd+Shift+Z (or Ctrl+Y) redoes. A page that only shows its data has no history keys.
 */
export function listenForKeys({ history }: { history: boolean }): void {
  window.addEventListener('keydown', (event) => {
    if (event.defaultPrevented) return;
    const target = event.target as HTMLElement | null;
    // Escape clears focus, then selection, unless a text field or menu handles it itself.
    if (event.key === 'Escape') {
      if (target?.closest('input, select, textarea, [role="combobox"], [role="dialog"]')) return;
      useStore.getState().clearSelection();
      return;
    }
    // Undo and redo, as everywhere: Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z or Ctrl+Y; a text field keeps
    // them for its own text.
    if (!history || !(event.ctrlKey || event.metaKey) || event.altKey || isTyping(target)) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) {
      event.preventDefault();
      useStore.getState().undo();
    } else if ((key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey)) {
      event.preventDefault();
      useStore.getState().redo();
    }
  });
}
