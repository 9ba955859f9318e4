import { createContext, useContext } from 'react';

/**
 * Whether the page only shows its data (the exported standalone page, the embed): no control that
 * edits the dataset or opens another is drawn. The app's own page edits.
 */
export const ReadOnlyContext = createContext(false);

export function useReadOnly(): boolean {
  return useContext(ReadOnlyContext);
}
