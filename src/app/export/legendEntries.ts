import type { TieMode } from '../../model/actorNetwork';
import type { GraphIndex } from '../../model/graphIndex';
import type { ActorKind } from '../../model/schema';
import type { NodeColours } from '../../model/nodeAppearance';
import {
  CLAIM_STYLE,
  KIND_STYLES,
  stanceStyles,
  TIE_STYLES,
  tieLegend,
} from '../../model/styleTable';
import type { ImageLegendEntry } from '../../cytoscape/imageLegend';
import { claimBoxColors, type Theme } from '../../cytoscape/stylesheet';
import type { ViewName } from '../../model/view';

/** What the actor view draws, for its legend: the tie type, the node colours and kinds. */
export interface ActorViewLegend {
  readonly tieMode: TieMode;
  readonly colours: NodeColours | null;
  /** The kinds of the drawn nodes; without it, every kind of the dataset. */
  readonly kinds?: readonly ActorKind[];
}

/**
 * The legend drawn into an exported image: the same style table as the screen's legend, each kind
 * of node in its own shape, and claim boxes as the graph draws them in the theme on screen. In the
 * actor view it follows the tie type, and the node colours when they show communities or values.
 */
export function imageLegend(
  index: GraphIndex,
  view: ViewName,
  isNetwork: boolean,
  theme: Theme,
  actorView?: ActorViewLegend,
): ImageLegendEntry[] {
  const kindsShown =
    (view === 'actors' && !isNetwork ? actorView?.kinds : undefined) ??
    new Set(index.dataset.actors.map((a) => a.kind));
  const kinds = [...kindsShown].map((kind): ImageLegendEntry => ({
    label: KIND_STYLES[kind].label,
    color: KIND_STYLES[kind].color,
    mark: { kind: 'node', shape: KIND_STYLES[kind].shape },
  }));
  if (isNetwork) return kinds;
  if (view === 'actors') {
    const colours = actorView?.colours;
    const nodes =
      colours && colours.title !== null
        ? colours.entries.map((entry): ImageLegendEntry => ({
            label: `${entry.label} (${entry.count})`,
            color: entry.color,
            mark: { kind: 'node', shape: 'ellipse' },
          }))
        : kinds;
    return [
      ...tieLegend(actorView?.tieMode ?? 'both').map(({ type, label }) => ({
        label,
        color: TIE_STYLES[type].color,
        mark: { kind: 'line' as const, lineStyle: TIE_STYLES[type].lineStyle },
      })),
      ...nodes,
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
