import { createContext, useContext } from 'react';
import type { Visibility } from '../../model/filters';
import type { GraphIndex } from '../../model/graphIndex';
import type { Selection } from '../../model/selection';
import type { StanceStyle } from '../../model/styleTable';

/** What every part of the details panel reads: the dataset, what the filters show, and how to move. */
export interface DetailsContextValue {
  index: GraphIndex;
  visibility: Visibility;
  /** Drawing style of each stance of the vocabulary in force, by stance id. */
  styles: ReadonlyMap<string, StanceStyle>;
  /** Selects an item from inside the panel (the panel then moves focus to its title). */
  go: (selection: Selection) => void;
}

export const DetailsContext = createContext<DetailsContextValue | null>(null);

/** Returns the details panel's context; only its parts call this, inside the provider. */
export function useDetails(): DetailsContextValue {
  const value = useContext(DetailsContext);
  if (!value) throw new Error('useDetails must be used inside the DetailsPanel');
  return value;
}
