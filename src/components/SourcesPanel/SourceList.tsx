import { useMemo } from 'react';
import { countOf } from '../../model/countOf';
import type { GraphIndex } from '../../model/graphIndex';
import type { QuoteProblem } from '../../model/quotes';
import { useStore } from '../../store/store';
import { sourceFacts, sourceName } from './labels';
import { QuoteCheck } from './QuoteCheck';

/** How many statements cite each source. */
function statementCounts(index: GraphIndex): Map<string, number> {
  const counts = new Map<string, number>();
  for (const statement of index.dataset.statements) {
    if (statement.source !== undefined)
      counts.set(statement.source, (counts.get(statement.source) ?? 0) + 1);
  }
  return counts;
}

/**
 * The dataset's sources, each with its publisher, date and number of statements; opening one
 * shows its text. Add source is here, and the quote check of the whole dataset.
 */
export function SourceList({
  index,
  problems,
  checked,
  editable,
}: {
  index: GraphIndex;
  problems: readonly QuoteProblem[];
  checked: number;
  editable: boolean;
}) {
  const openSource = useStore((s) => s.openSource);
  const openEditor = useStore((s) => s.openEditor);
  const counts = useMemo(() => statementCounts(index), [index]);
  const sources = index.dataset.sources ?? [];
  return (
    <>
      {editable && (
        <button
          type="button"
          className="button sources-add"
          onClick={() => openEditor({ action: 'add', kind: 'source' })}
        >
          Add source
        </button>
      )}
      <QuoteCheck index={index} problems={problems} checked={checked} showSource />
      {sources.length === 0 ? (
        <p className="sources-empty">
          No sources yet.{editable ? ' Add one, with its text, to code statements from it.' : ''}
        </p>
      ) : (
        <ul className="source-list">
          {sources.map((source) => {
            const facts = sourceFacts(source);
            const count = countOf(counts.get(source.id) ?? 0, 'statement', 'statements');
            return (
              <li key={source.id}>
                <button type="button" className="source-item" onClick={() => openSource(source.id)}>
                  <span className="source-item-title">{sourceName(source)}</span>
                  <span className="source-item-facts">
                    {[facts, count, source.text === undefined ? 'no text' : null]
                      .filter(Boolean)
                      .join(' \u00B7 ')}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
