import { useStore } from '../store/store';
import { exportWholeDataset } from './export/runExport';

/** How the user answered "replace the edited dataset?". */
export type ReplaceAnswer = 'export' | 'discard' | 'cancel';

let answer: ((choice: ReplaceAnswer) => void) | null = null;

/**
 * Resolves true when the dataset on screen may be replaced by `by`: at once when it has no edits
 * that were never exported, else when the user says so (after exporting it, if they choose that).
 */
export async function mayReplaceDataset(by: string): Promise<boolean> {
  if (!useStore.getState().unsavedEdits) return true;
  answer?.('cancel'); // a question still open is dropped for the new one
  const choice = await new Promise<ReplaceAnswer>((resolve) => {
    answer = resolve;
    useStore.getState().setReplaceQuestion({ by });
  });
  answer = null;
  useStore.getState().setReplaceQuestion(null);
  if (choice === 'export') {
    await exportWholeDataset();
    return true;
  }
  return choice === 'discard';
}

/** The dialog's answer to the open question. */
export function answerReplaceQuestion(choice: ReplaceAnswer): void {
  answer?.(choice);
}
