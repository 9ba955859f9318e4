import { useId, type ReactNode } from 'react';

interface EntryListProps {
  title: string;
  children: ReactNode;
}

/** One titled group of legend entries; each entry's text is its label. */
export function EntryList({ title, children }: EntryListProps) {
  const titleId = useId();
  return (
    <>
      <h3 id={titleId} className="legend-group-title">
        {title}
      </h3>
      {/* role="list" because Safari drops list semantics from lists without bullets. */}
      <ul role="list" aria-labelledby={titleId} className="legend-list">
        {children}
      </ul>
    </>
  );
}

export function Entry({ swatch, label }: { swatch: ReactNode; label: string }) {
  return (
    <li className="legend-entry">
      <span className="legend-swatch">{swatch}</span>
      <span>{label}</span>
    </li>
  );
}
