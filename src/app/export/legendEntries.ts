import type { GraphIndex } from '../../model/graphIndex';
import { CLAIM_STYLE, KIND_STYLES, stanceStyles, TIE_STYLES } from '../../model/styleTable';
import type { ImageLegendEntry } from '../../cytoscape/exportImage';
import type { ViewName } from '../../model/view';

/** The legend drawn into an exported image: the same style table as the screen's legend. */
export function imageLegend(
  index: GraphIndex,
  view: ViewName,
  isNetwork: boolean,
): ImageLegendEntry[] {
  const kinds = [...new Set(index.dataset.actors.map((a) => a.kind))].map((kind) => ({
    label: KIND_STYLES[kind].label,
    color: KIND_STYLES[kind].color,
    mark: 'box' as const,
  }));
  if (isNetwork) return kinds;
  if (view === 'actors') {
    return [
      ...(['agreement', 'conflict'] as const).map((type) => ({
        label: TIE_STYLES[type].label,
        color: TIE_STYLES[type].color,
        mark: TIE_STYLES[type].lineStyle,
      })),
      ...kinds,
    ];
  }
  return [
    ...stanceStyles(index.stances).map((s) => ({
      label: s.label,
      color: s.color,
      mark: s.lineStyle,
    })),
    ...kinds,
    { label: CLAIM_STYLE.label, color: CLAIM_STYLE.color, mark: 'box' as const },
  ];
}
