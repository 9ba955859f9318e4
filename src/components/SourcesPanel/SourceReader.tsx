import {
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
} from 'react';
import type { GraphIndex } from '../../model/graphIndex';
import { placedStatements, placeQuote, type QuoteProblem, type Span } from '../../model/quotes';
import type { Source } from '../../model/schema';
import { uncoveredNames } from '../../model/sourceText';
import { stanceStyles } from '../../model/styleTable';
import type { TextRange } from '../../model/textRanges';
import { useStore } from '../../store/store';
import { quoted, safeHttpUrl } from '../DetailsPanel/format';
import { sourceFacts, sourceName, statementLabel } from './labels';
import { QuoteCheck } from './QuoteCheck';
import { SourceText, type RangeInfo } from './SourceText';

const PREVIEW_LENGTH = 80;

function preview(words: string): string {
  const oneLine = words.replace(/\s+/g, ' ');
  return oneLine.length > PREVIEW_LENGTH ? `${oneLine.slice(0, PREVIEW_LENGTH - 1)}…` : oneLine;
}

/** The highlights, mentions and the words being coded of one source, as ranges to draw. */
function useRanges(index: GraphIndex, source: Source, selectedId: string | null) {
  const showMentions = useStore((s) => s.showMentions);
  const editor = useStore((s) => s.editor);
  const draft =
    editor?.action === 'add' && editor.draft?.source === source.id ? editor.draft : null;
  const { statements, actors } = index.dataset;
  const placed = useMemo(() => placedStatements(statements, source), [statements, source]);
  // The quotes of this source the quote check can judge.
  const checked = useMemo(
    () =>
      statements.filter((s) => s.source === source.id && placeQuote(s, source.text) !== null)
        .length,
    [statements, source],
  );
  const mentions = useMemo(() => {
    if (!showMentions || source.text === undefined) return [];
    const things = actors.map((a) => ({ id: a.id, names: [a.name, ...(a.aliases ?? [])] }));
    return uncoveredNames(
      source.text,
      things,
      placed.map((p) => p.span),
    );
  }, [showMentions, source.text, actors, placed]);
  const styles = useMemo(
    () => new Map(stanceStyles(index.stances).map((style) => [style.id, style])),
    [index.stances],
  );
  const draftStart = draft?.span[0];
  const draftEnd = draft?.span[1];

  const drawn = useMemo(() => {
    const ranges: TextRange[] = [];
    const info = new Map<string, RangeInfo>();
    for (const { statementId, span } of placed) {
      const statement = index.statementById.get(statementId)!;
      const style = styles.get(statement.stance);
      const key = `s:${statementId}`;
      ranges.push({ key, start: span[0], end: span[1] });
      info.set(key, {
        kind: 'statement',
        statementId,
        label: statementLabel(index, statement),
        color: style?.color ?? 'currentColor',
        lineStyle: style?.lineStyle ?? 'solid',
        selected: statementId === selectedId,
      });
    }
    mentions.forEach((hit, i) => {
      const key = `m:${i}`;
      ranges.push({ key, start: hit.start, end: hit.end });
      const name = index.actorById.get(hit.id)?.name ?? hit.id;
      info.set(key, { kind: 'mention', title: `${name}: named here, in no coded quote` });
    });
    if (draftStart !== undefined && draftEnd !== undefined) {
      ranges.push({ key: 'draft', start: draftStart, end: draftEnd });
      info.set('draft', { kind: 'draft' });
    }
    return { ranges, info };
  }, [placed, mentions, styles, index, selectedId, draftStart, draftEnd]);
  return { placed, checked, mentions, styles, ...drawn };
}

/** Edit and Delete buttons for a source or a statement: they open its form, or the question. */
function EditAndDelete({
  kind,
  id,
  edit,
  remove,
}: {
  kind: 'source' | 'statement';
  id: string;
  edit: string;
  remove: string;
}) {
  const openEditor = useStore((s) => s.openEditor);
  return (
    <>
      <button
        type="button"
        className="button"
        onClick={() => openEditor({ action: 'edit', kind, id })}
      >
        {edit}
      </button>
      <button
        type="button"
        className="button"
        onClick={() => openEditor({ action: 'delete', kind, id })}
      >
        {remove}
      </button>
    </>
  );
}

/** The colours of the highlights this source has, each as a small highlight of its own. */
function HighlightKey({
  stanceIds,
  styles,
}: {
  stanceIds: readonly string[];
  styles: ReadonlyMap<string, ReturnType<typeof stanceStyles>[number]>;
}) {
  if (stanceIds.length === 0) return null;
  return (
    <ul className="reader-key" aria-label="Highlight colours">
      {stanceIds.map((id) => {
        const style = styles.get(id);
        return (
          <li key={id}>
            <span
              className="highlight reader-key-swatch"
              style={
                {
                  '--stance-color': style?.color ?? 'currentColor',
                  borderBottomStyle: style?.lineStyle ?? 'solid',
                } as CSSProperties
              }
            >
              {style?.label ?? id}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * One source: its title and facts, Edit and Delete, the Show mentions switch, its quote check and
 * its text with every coded quote highlighted. Selecting words offers Code statement; a selected
 * highlight offers Edit and Delete, and the other statements coded on the same words.
 */
export function SourceReader({
  index,
  source,
  problems,
  editable,
}: {
  index: GraphIndex;
  source: Source;
  problems: readonly QuoteProblem[];
  editable: boolean;
}) {
  const headingId = useId();
  const textRef = useRef<HTMLDivElement>(null);
  const selection = useStore((s) => s.selection);
  const select = useStore((s) => s.select);
  const openSource = useStore((s) => s.openSource);
  const openEditor = useStore((s) => s.openEditor);
  const showMentions = useStore((s) => s.showMentions);
  const setShowMentions = useStore((s) => s.setShowMentions);
  const selectedId = selection?.type === 'statement' ? selection.id : null;
  const { placed, checked, mentions, styles, ranges, info } = useRanges(index, source, selectedId);
  const [words, setWords] = useState<Span | null>(null);
  const onSelectWords = useCallback((span: Span | null) => setWords(span), []);
  // Clicking words coded more than once selects the innermost highlight, then the next one out.
  const onActivate = useCallback(
    (statementIds: readonly string[]) => {
      const current = useStore.getState().selection;
      const at = current?.type === 'statement' ? statementIds.indexOf(current.id) : -1;
      const next = statementIds[(at + 1) % statementIds.length];
      if (next !== undefined) select({ type: 'statement', id: next });
    },
    [select],
  );
  const href = safeHttpUrl(source.url);
  const facts = sourceFacts(source);
  const stanceIds = [
    ...new Set(placed.map((p) => index.statementById.get(p.statementId)?.stance ?? '')),
  ].filter((id) => id !== '');
  const selectedPlace = placed.find((p) => p.statementId === selectedId);

  useEffect(
    function scrollSelectedHighlightIntoView() {
      if (selectedId === null) return;
      const marks = textRef.current?.querySelectorAll<HTMLElement>('mark[data-statement]') ?? [];
      const mark = [...marks].find((m) => m.dataset.statement === selectedId);
      mark?.scrollIntoView({ block: 'center' });
    },
    [selectedId, source.id],
  );

  const codeStatement = () => {
    if (!words) return;
    openEditor({ action: 'add', kind: 'statement', draft: { source: source.id, span: words } });
    document.getSelection()?.removeAllRanges();
  };

  const alsoHere = selectedPlace
    ? placed.filter(
        (p) =>
          p.statementId !== selectedId &&
          p.span[0] < selectedPlace.span[1] &&
          p.span[1] > selectedPlace.span[0],
      )
    : [];
  const selectedStatement = selectedId ? index.statementById.get(selectedId) : undefined;

  return (
    <article className="source-reader" aria-labelledby={headingId}>
      <button type="button" className="link-button reader-back" onClick={() => openSource(null)}>
        <span aria-hidden="true">← </span>All sources
      </button>
      <h3 id={headingId} className="reader-title">
        {sourceName(source)}
      </h3>
      {(facts !== '' || href) && (
        <p className="reader-facts">
          {facts}
          {facts !== '' && href && ' \u00B7 '}
          {href && (
            <a href={href} target="_blank" rel="noopener noreferrer">
              Original
            </a>
          )}
        </p>
      )}
      <div className="reader-actions">
        {editable && (
          <EditAndDelete kind="source" id={source.id} edit="Edit source" remove="Delete source" />
        )}
        {source.text !== undefined && (
          <label className="reader-mentions">
            <input
              type="checkbox"
              checked={showMentions}
              onChange={(event) => setShowMentions(event.target.checked)}
            />
            Show mentions
          </label>
        )}
      </div>
      {showMentions && source.text !== undefined && (
        <p className="reader-note" role="status">
          {mentions.length === 0
            ? 'Every name of an actor in this text is in a coded quote.'
            : `${mentions.length} ${mentions.length === 1 ? 'name' : 'names'} of actors underlined: in no coded quote yet.`}
        </p>
      )}
      <HighlightKey stanceIds={stanceIds} styles={styles} />
      <QuoteCheck index={index} problems={problems} checked={checked} showSource={false} />
      {source.text === undefined ? (
        <p className="reader-note">
          This source has no text.
          {editable ? ' Edit it to paste its text, or read it from a file.' : ''}
        </p>
      ) : (
        <div ref={textRef}>
          <SourceText
            text={source.text}
            ranges={ranges}
            info={info}
            label={`Text of ${sourceName(source)}`}
            onActivate={onActivate}
            onSelectWords={onSelectWords}
          />
        </div>
      )}
      {words && editable && source.text !== undefined ? (
        <div className="reader-bar" role="group" aria-label="Selected words">
          <p className="reader-bar-text">
            {quoted(preview(source.text.slice(words[0], words[1])))}
          </p>
          <button
            type="button"
            className="button button-primary"
            // Keeps the selection while the button is pressed.
            onMouseDown={(event) => event.preventDefault()}
            onClick={codeStatement}
          >
            Code statement
          </button>
        </div>
      ) : selectedStatement && selectedPlace ? (
        <div className="reader-bar" role="group" aria-label="Selected highlight">
          <p className="reader-bar-text">{statementLabel(index, selectedStatement)}</p>
          {editable && (
            <div className="reader-bar-actions">
              <EditAndDelete
                kind="statement"
                id={selectedStatement.id}
                edit="Edit"
                remove="Delete"
              />
            </div>
          )}
          {alsoHere.length > 0 && (
            <div className="reader-also">
              <span className="reader-also-label">Also on these words:</span>
              <ul>
                {alsoHere.map((p) => (
                  <li key={p.statementId}>
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => select({ type: 'statement', id: p.statementId })}
                    >
                      {statementLabel(index, index.statementById.get(p.statementId)!)}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
      ) : null}
    </article>
  );
}
