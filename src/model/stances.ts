// The default stance vocabulary of docs/FORMAT.md. This is the only place in the codebase that lists
// it: filters, colours and the legend read the vocabulary in force through stancesOf().
import type { Dataset, StanceDef } from './schema';

// Colours from the Okabe–Ito palette, which stays distinguishable under the common forms of
// colour blindness: blue and green for assent, orange for accusation, vermillion and purple for
// rejection and doubt, grey for the neutral stance.
const defaults: StanceDef[] = [
  { id: 'asserts', label: 'Asserts', polarity: 1, color: '#0072B2' },
  { id: 'agrees', label: 'Agrees', polarity: 1, color: '#009E73' },
  { id: 'accuses', label: 'Accuses', polarity: 1, color: '#E69F00' },
  { id: 'denies', label: 'Denies', polarity: -1, color: '#D55E00' },
  { id: 'doubts', label: 'Doubts', polarity: -1, color: '#CC79A7' },
  { id: 'evaluates', label: 'Evaluates', polarity: 0, color: '#999999' },
];

/** The six default stances of docs/FORMAT.md, each with a colour-blind-safe default colour. */
export const DEFAULT_STANCES: readonly StanceDef[] = Object.freeze(
  defaults.map((stance) => Object.freeze(stance)),
);

/**
 * Returns the stance vocabulary in force for a dataset: its own `stances` when it has them
 * (even an empty list), otherwise DEFAULT_STANCES.
 */
export function stancesOf(dataset: Pick<Dataset, 'stances'>): readonly StanceDef[] {
  return dataset.stances ?? DEFAULT_STANCES;
}
