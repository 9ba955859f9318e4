import type { StateCreator } from 'zustand';
import type { StoreState } from './store';

/** What kind of record a form makes or edits. */
export type EditableKind = 'actor' | 'claim' | 'statement' | 'source';

/** Words selected in a source's text, to be coded as a new statement. */
export interface StatementDraft {
  source: string;
  span: readonly [number, number];
}

/**
 * What the editing UI shows: a form in the details panel (add or edit), or a question in a
 * dialog (delete, merge, a new dataset). Null: none of them.
 */
export type EditorRequest =
  | {
      action: 'add';
      kind: EditableKind;
      /** For a statement: the words of a source it is coded from (quote, span, source, date). */
      draft?: StatementDraft;
    }
  | { action: 'edit'; kind: EditableKind; id: string }
  | { action: 'delete'; kind: EditableKind; id: string }
  | { action: 'merge'; kind: 'actor' | 'claim'; id: string }
  | { action: 'newDataset' };

export interface EditorState {
  editor: EditorRequest | null;
  /**
   * Set while the app asks whether an edited dataset that was never exported may be replaced;
   * `by` names what would replace it ("troops.csv", "the sample dataset").
   */
  replaceQuestion: { by: string } | null;
}

export interface EditorActions {
  openEditor: (request: EditorRequest) => void;
  closeEditor: () => void;
  setReplaceQuestion: (question: { by: string } | null) => void;
}

export type EditorSlice = EditorState & EditorActions;

export const createEditorSlice: StateCreator<StoreState, [], [], EditorSlice> = (set) => ({
  editor: null,
  replaceQuestion: null,
  openEditor: (editor) => set({ editor }),
  closeEditor: () => set({ editor: null }),
  setReplaceQuestion: (replaceQuestion) => set({ replaceQuestion }),
});
