import type { GraphIndex } from '../../model/graphIndex';
import { CLAIM_STYLE, KIND_STYLES, stanceStyles, TIE_STYLES } from '../../model/styleTable';
import type { ImageLegendEntry } from '../../cytoscape/imageLegend';
import { claimBoxColors, type Theme } from '../../cytoscape/stylesheet';
import type { ViewName } from '../../model/view';

/**
 * The legend drawn into an exported image: the same style table as the screen's legend, each kind
 * of node in its own shape, and claim boxes as the graph draws them in the theme on screen.
 */
export function imageLegend(
  index: GraphIndex,
  view: ViewName,
  isNetwork: boolean,
  theme: Theme,
): ImageLegendEntry[] {
  const kinds = [...new Set(index.dataset.actors.map((a) => a.kind))].map(
    (kind): ImageLegendEntry => ({
      label: KIND_STYLES[kind].label,
      color: KIND_STYLES[kind].color,
      mark: { kind: 'node', shape: KIND_STYLES[kind].shape },
    }),
  );
  if (isNetwork) return kinds;
  if (view === 'actors') {
    return [
      ...(['agreement', 'conflict'] as const).map((type) => ({
        label: TIE_STYLES[type].label,
        color: TIE_STYLES[type].color,
        mark: { kind: 'line' as const, lineStyle: TIE_STYLES[type].lineStyle },
      })),
      ...kinds,
    ];
  }
  return [
    ...stanceStyles(index.stances).map((s) => ({
      label: s.label,
      color: s.color,
      mark: { kind: 'line' as const, lineStyle: s.lineStyle },
    })),
    ...kinds,
    {
      label: CLAIM_STYLE.label,
      color: claimBoxColors(theme).fill,
      mark: { kind: 'node', shape: CLAIM_STYLE.shape, border: claimBoxColors(theme).border },
    },
  ];
}
