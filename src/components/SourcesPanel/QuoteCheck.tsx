import { countOf } from '../../model/countOf';
import type { GraphIndex } from '../../model/graphIndex';
import type { QuoteProblem } from '../../model/quotes';
import { useStore } from '../../store/store';
import { sourceName, statementLabel } from './labels';

const WHAT: Readonly<Record<QuoteProblem['kind'], string>> = {
  'not-found': "not found in the source's text",
  'span-mismatch': 'its span does not hold its quote',
};

/** "2 quotes not found in their source · 1 span that does not hold its quote". */
export function quoteCheckSummary(problems: readonly QuoteProblem[]): string {
  const notFound = problems.filter((p) => p.kind === 'not-found').length;
  const mismatched = problems.length - notFound;
  return [
    notFound > 0 &&
      `${countOf(notFound, 'quote', 'quotes')} not found in ${notFound === 1 ? 'its' : 'their'} source`,
    mismatched > 0 &&
      `${countOf(mismatched, 'span', 'spans')} that ${mismatched === 1 ? 'does' : 'do'} not hold ${mismatched === 1 ? 'its quote' : 'their quotes'}`,
  ]
    .filter(Boolean)
    .join(' \u00B7 ');
}

/**
 * The quote check: the statements whose quote is not in their source's text, or whose span does
 * not hold their quote, each a link that opens the statement and its source. Says so when every
 * checked quote is found.
 */
export function QuoteCheck({
  index,
  problems,
  checked,
  showSource,
}: {
  index: GraphIndex;
  problems: readonly QuoteProblem[];
  /** How many quotes could be checked (their source has a text). */
  checked: number;
  showSource: boolean;
}) {
  const showInSource = useStore((s) => s.showInSource);
  if (checked === 0) return null;
  if (problems.length === 0) {
    const which =
      checked === 1 ? 'the quote is' : `all ${checked.toLocaleString('en-US')} quotes are`;
    const where = !showSource ? 'this text' : checked === 1 ? 'its source' : 'their sources';
    return (
      <p className="quote-check quote-check-ok">
        Quote check: {which} found in {where}.
      </p>
    );
  }
  return (
    <div className="quote-check quote-check-problems">
      <p className="quote-check-summary">
        <span aria-hidden="true">⚠ </span>
        {quoteCheckSummary(problems)}
      </p>
      <ul className="quote-check-list">
        {problems.map((problem) => {
          const statement = index.statementById.get(problem.statementId);
          const source = index.sourceById.get(problem.sourceId);
          if (!statement) return null;
          return (
            <li key={problem.statementId}>
              <button
                type="button"
                className="link-button"
                onClick={() => showInSource(problem.statementId)}
              >
                {statementLabel(index, statement)}
              </button>{' '}
              <span className="quote-check-why">
                {WHAT[problem.kind]}
                {showSource && source ? ` (${sourceName(source)})` : ''}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
