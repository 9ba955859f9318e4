import { useStore } from '../../store/store';

/**
 * Says so while the graph draws its lines without their patterns (too many in view; see
 * GraphCanvas). `patterns` names the ones the legend shows.
 */
export function PatternsNote({ patterns }: { patterns: string }) {
  const above = useStore((s) => s.solidLinesAbove);
  if (above === null) return null;
  return (
    <p className="legend-note" role="note">
      Lines are drawn solid while over {above.toLocaleString('en-US')} are in view: zoom in or
      filter to see {patterns}.
    </p>
  );
}
