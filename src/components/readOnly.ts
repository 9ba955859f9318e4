import { createContext, useContext } from 'react';

/**
 * Whether the page only shows its data (the exported standalone page, the embed): no control that
 * edits the dataset, codes a statement or opens another dataset is drawn. The app's own page edits.
 */
export const ReadOnlyContext = createContext(false);

export function useReadOnly(): boolean {
  return useContext(ReadOnlyContext);
}

/**
 * Whether the page has the Sources panel to show a statement's quote in its text: not the embed,
 * which is the graph and its details only.
 */
export const SourcesShownContext = createContext(true);

export function useSourcesShown(): boolean {
  return useContext(SourcesShownContext);
}
