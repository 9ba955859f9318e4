import type { ReactNode } from 'react';
import type { Source } from '../../model/schema';
import { formatDate, safeHttpUrl } from './format';

/**
 * A source as one line: its title (a link when the url is http or https, opening in a new tab),
 * then publisher and publication date. File text is only ever rendered as text: an address that
 * is not http or https is shown as plain text, never as a link.
 */
export function SourceCitation({ source }: { source: Source }) {
  const href = safeHttpUrl(source.url);
  // A link needs words to click: the title, else the publisher, else the address itself.
  const linkText = source.title ?? source.publisher ?? source.url ?? source.id;
  let lead: ReactNode = null;
  if (href !== null) {
    lead = (
      <a href={href} target="_blank" rel="noopener noreferrer">
        {linkText}
      </a>
    );
  } else if (source.title !== undefined) {
    lead = <cite>{source.title}</cite>;
  }
  const publisherShown = href !== null && source.title === undefined;
  const details = [
    publisherShown ? undefined : source.publisher,
    source.published === undefined ? undefined : formatDate(source.published),
  ].filter((part): part is string => part !== undefined && part !== '');
  const detailsText = details.join(', ');
  return (
    <span className="details-source">
      {lead}
      {lead !== null && detailsText !== '' && ' \u2014 '}
      {detailsText}
      {lead === null && detailsText === '' && source.id}
      {href === null && source.url !== undefined && (
        <span className="details-muted"> ({source.url})</span>
      )}
    </span>
  );
}
