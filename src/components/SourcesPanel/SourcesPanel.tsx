import { useEffect, useId } from 'react';
import { memoizeLast } from '../../model/memoizeLast';
import { checkQuotes, placeQuote, sourceTexts } from '../../model/quotes';
import type { Dataset } from '../../model/schema';
import { useStore } from '../../store/store';
import { useReadOnly } from '../readOnly';
import { SourceList } from './SourceList';
import { SourceReader } from './SourceReader';
import './SourcesPanel.css';

/** The quote check of a dataset, and how many quotes it could check; kept until they change. */
const quoteCheckOf = memoizeLast(
  (statements: Dataset['statements'], sources: Dataset['sources']) => {
    const texts = sourceTexts({ sources });
    const checked = statements.filter(
      (s) => s.source !== undefined && placeQuote(s, texts.get(s.source)) !== null,
    ).length;
    return { problems: checkQuotes({ statements, sources }), checked };
  },
);

/**
 * The Sources panel (loaded when first opened): the list of sources, or one source's text with
 * its coded quotes. While a text is open, selecting a statement of another source's text
 * opens that one, so the statement's highlight is always there to see.
 */
export default function SourcesPanel() {
  const headingId = useId();
  const index = useStore((s) => s.index);
  // A page that only shows its data (the standalone page) reads sources; it codes nothing.
  const readOnly = useReadOnly();
  const editable = useStore((s) => s.network === null && s.index !== null) && !readOnly;
  const openSourceId = useStore((s) => s.openSourceId);
  const selection = useStore((s) => s.selection);

  useEffect(
    function followSelectedStatement() {
      const { index: current, openSourceId: open, followSource } = useStore.getState();
      if (selection?.type !== 'statement' || open === null || !current) return;
      const source = current.statementById.get(selection.id)?.source;
      if (source !== undefined && source !== open && current.sourceById.get(source)?.text)
        followSource(source);
    },
    [selection],
  );

  if (!index) return <p className="sources-empty">No dataset loaded.</p>;
  const { problems, checked } = quoteCheckOf(index.dataset.statements, index.dataset.sources);
  const source = openSourceId === null ? undefined : index.sourceById.get(openSourceId);
  return (
    <section className="sources-panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel-heading">
        Sources
      </h2>
      {source ? (
        <SourceReader
          index={index}
          source={source}
          problems={problems.filter((p) => p.sourceId === source.id)}
          editable={editable}
        />
      ) : (
        <SourceList index={index} problems={problems} checked={checked} editable={editable} />
      )}
    </section>
  );
}
