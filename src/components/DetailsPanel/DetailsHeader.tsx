import type { ReactNode } from 'react';

interface Props {
  /** What kind of item this is, e.g. "Actor · Person". */
  kicker: string;
  title: ReactNode;
  /** Badges and notes under the title. */
  children?: ReactNode;
}

/**
 * The top of one item's details. The title can take focus (tabIndex -1), so that after a link in
 * the panel replaces the content, keyboard focus lands on what was opened rather than on the page.
 */
export function DetailsHeader({ kicker, title, children }: Props) {
  return (
    <header className="details-header">
      <p className="details-kicker">{kicker}</p>
      <h3 className="details-title" tabIndex={-1} data-details-title="">
        {title}
      </h3>
      {children}
    </header>
  );
}

/** Says that the item is in the dataset but the filters keep it out of the graph. */
export function HiddenNote({ hidden }: { hidden: boolean }) {
  if (!hidden) return null;
  return <p className="details-notice">Hidden in the graph by the current filters.</p>;
}

/** Says that a selection names something the loaded dataset does not have. */
export function MissingItem({ what }: { what: string }) {
  return <p className="details-notice">This {what} is not in the loaded dataset.</p>;
}
