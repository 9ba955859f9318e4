import type { StateCreator } from 'zustand';
import { DEFAULT_VIEW_STATE, type SidePanelName } from '../model/viewState';
import type { StoreState } from './store';

export interface SourcesState {
  /** What the left side panel shows: the filters and legend, or the sources. */
  sidePanel: SidePanelName;
  /** The source whose text the sources panel shows; null: the list of sources. */
  openSourceId: string | null;
  /** Underline the names of actors in the source's text that no statement covers. */
  showMentions: boolean;
  /** Bumped when the user asks for a source, so a narrow screen opens the panel it is in. */
  sourceRequest: number;
}

export interface SourcesActions {
  showSidePanel: (panel: SidePanelName) => void;
  /** Shows a source's text in the sources panel (null: the list), and the panel with it. */
  openSource: (id: string | null) => void;
  /** Shows another source's text without asking for the panel (it follows the selection). */
  followSource: (id: string) => void;
  /** Shows the source of a statement, where its highlight then comes into view. */
  showInSource: (statementId: string) => void;
  setShowMentions: (show: boolean) => void;
}

export type SourcesSlice = SourcesState & SourcesActions;

export const initialSourcesState: SourcesState = {
  sidePanel: DEFAULT_VIEW_STATE.sidePanel,
  openSourceId: DEFAULT_VIEW_STATE.openSourceId,
  showMentions: DEFAULT_VIEW_STATE.showMentions,
  sourceRequest: 0,
};

export const createSourcesSlice: StateCreator<StoreState, [], [], SourcesSlice> = (set, get) => ({
  ...initialSourcesState,
  showSidePanel: (sidePanel) => set({ sidePanel }),
  openSource: (openSourceId) =>
    set((state) => ({
      sidePanel: 'sources',
      openSourceId,
      sourceRequest: state.sourceRequest + 1,
    })),
  followSource: (openSourceId) => set({ openSourceId }),
  showInSource: (statementId) => {
    const statement = get().index?.statementById.get(statementId);
    if (statement?.source === undefined) return;
    set((state) => ({
      sidePanel: 'sources',
      openSourceId: statement.source!,
      selection: { type: 'statement', id: statementId },
      sourceRequest: state.sourceRequest + 1,
    }));
  },
  setShowMentions: (showMentions) => set({ showMentions }),
});
