import { useStore } from '../store/store';
import { parseSampleDataset } from './sampleDataset';
import { startUrlSync } from './urlSync';

/** Loads the dataset the app opens with (the built-in sample), then the view state of the URL. */
export function startApp(): void {
  const result = parseSampleDataset();
  if (result.ok) useStore.getState().loadDataset(result.dataset);
  else console.error('The built-in sample dataset is invalid', result.problems);
  startUrlSync();
  window.addEventListener('keydown', (event) => {
    // Escape clears focus, then selection, unless a text field or menu handles it itself.
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, select, textarea, [role="combobox"], [role="dialog"]')) return;
    useStore.getState().clearSelection();
  });
}
