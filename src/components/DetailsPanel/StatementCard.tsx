import { placeQuote } from '../../model/quotes';
import type { Source, Statement } from '../../model/schema';
import { useStore } from '../../store/store';
import { useDetails } from './detailsContext';
import { formatDate, quoted } from './format';
import { ActorLink, ClaimLink } from './ItemLinks';
import { SourceCitation } from './SourceCitation';
import { StanceBadge } from './StanceBadge';
import { useSourcesShown } from '../readOnly';

interface CardProps {
  statement: Statement;
  /** Show who made it (a link). */
  showActor?: boolean;
  /** Show the claim it is about (a link). */
  showClaim?: boolean;
  /** Show the stance (off where the stance is already shown above the card). */
  showStance?: boolean;
  /** Offer a button that selects the statement itself. */
  showOpen?: boolean;
}

/** A button that selects one statement. */
export function OpenStatementButton({ id }: { id: string }) {
  const { go } = useDetails();
  return (
    <button
      type="button"
      className="link-button details-open"
      onClick={() => go({ type: 'statement', id })}
    >
      Open statement
    </button>
  );
}

/** The verbatim quote in typographic quotes, or a calm note that none was recorded. */
export function Quote({ text, small = false }: { text: string | undefined; small?: boolean }) {
  if (text === undefined || text.trim() === '') {
    return <p className="details-muted details-no-quote">No quote recorded.</p>;
  }
  return (
    <blockquote className={small ? 'details-quote details-quote-small' : 'details-quote'}>
      {quoted(text)}
    </blockquote>
  );
}

/** "17 October 2024 · Brussels", or nothing when neither is known. */
export function WhenWhere({ statement }: { statement: Statement }) {
  const { date, place } = statement;
  if (date === undefined && place === undefined) return null;
  return (
    <p className="details-when">
      {date !== undefined && <time dateTime={date}>{formatDate(date)}</time>}
      {date !== undefined && place !== undefined && ' \u00B7 '}
      {place}
    </p>
  );
}

/** A small tag for statements that the current filters keep out of the graph. */
export function HiddenTag({ statementId }: { statementId: string }) {
  const { visibility } = useDetails();
  if (visibility.statements.has(statementId)) return null;
  return <span className="details-tag">Hidden by filters</span>;
}

const QUOTE_PROBLEM_TEXT = {
  'not-found': "The quote is not found in the source's text.",
  'span-mismatch': "The quote's span in the source's text does not hold the quote.",
} as const;

/**
 * What the quote check says of a statement whose source has a text: a warning when its quote is
 * not there, else a button that shows its highlight in the text.
 */
function QuoteInSource({ statement, source }: { statement: Statement; source: Source }) {
  const showInSource = useStore((s) => s.showInSource);
  const sourcesShown = useSourcesShown();
  const place = placeQuote(statement, source.text);
  if (!place) return null;
  return (
    <>
      {place.problem && (
        <p className="details-quote-problem">
          <span aria-hidden="true">⚠ </span>
          {QUOTE_PROBLEM_TEXT[place.problem]}
        </p>
      )}
      {sourcesShown && (place.span || place.problem) && (
        <button
          type="button"
          className="link-button details-open"
          onClick={() => showInSource(statement.id)}
        >
          {place.span ? 'Show in source' : 'Open the source'}
        </button>
      )}
    </>
  );
}

/** One statement with all of its evidence: stance, quote, date, place, note and source. */
export function StatementCard({
  statement,
  showActor = false,
  showClaim = false,
  showStance = true,
  showOpen = false,
}: CardProps) {
  const { index } = useDetails();
  const source =
    statement.source === undefined ? undefined : index.sourceById.get(statement.source);
  return (
    <article className="details-card">
      {(showActor || showStance) && (
        <p className="details-card-head">
          {showActor && <ActorLink id={statement.actor} />}
          {showStance && <StanceBadge stanceId={statement.stance} />}
          <HiddenTag statementId={statement.id} />
        </p>
      )}
      {showClaim && (
        <p className="details-card-claim">
          <ClaimLink id={statement.claim} />
        </p>
      )}
      <Quote text={statement.quote} />
      <WhenWhere statement={statement} />
      {statement.note !== undefined && statement.note !== '' && (
        <p className="details-note">
          <span className="details-label">Note: </span>
          {statement.note}
        </p>
      )}
      {statement.source !== undefined && (
        <p className="details-source-line">
          <span className="details-label">Source: </span>
          {source ? <SourceCitation source={source} /> : statement.source}
        </p>
      )}
      {source && <QuoteInSource statement={statement} source={source} />}
      {showOpen && <OpenStatementButton id={statement.id} />}
    </article>
  );
}

/** A short entry for lists of stances: who (optional), stance, date, quote and a way to open it. */
export function StatementEntry({
  statement,
  showActor = true,
}: {
  statement: Statement;
  showActor?: boolean;
}) {
  return (
    <div className="details-entry">
      <p className="details-entry-head">
        {showActor && <ActorLink id={statement.actor} />}
        <StanceBadge stanceId={statement.stance} />
        <HiddenTag statementId={statement.id} />
      </p>
      <Quote text={statement.quote} small />
      <WhenWhere statement={statement} />
      <OpenStatementButton id={statement.id} />
    </div>
  );
}
