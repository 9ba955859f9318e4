import { useDetails } from './detailsContext';

/** A stance: a short line in the stance's colour and line style (as drawn in the graph) and its label. */
export function StanceBadge({ stanceId }: { stanceId: string }) {
  const { styles } = useDetails();
  const style = styles.get(stanceId);
  return (
    <span className="details-stance">
      <span
        className="details-stance-swatch"
        aria-hidden="true"
        style={style ? { borderTopColor: style.color, borderTopStyle: style.lineStyle } : undefined}
      />
      {style?.label ?? stanceId}
    </span>
  );
}
