import { useMemo } from 'react';
import type { ActorNode } from '../../model/actorLevel';
import { countOf } from '../../model/countOf';
import { KIND_STYLES } from '../../model/styleTable';
import { selectVisibleNodes } from '../../store/selectors';
import { useStore } from '../../store/store';
import { StatementsByClaim } from './ActorDetails';
import { DetailsHeader, HiddenNote } from './DetailsHeader';
import { useDetails } from './detailsContext';
import { ActorLinkList } from './ItemLinks';
import { NodeMetricsSection } from './NodeMetricsSection';

/** What kind of node a group is: "Organisation · 2 members" or "Group · party = CDU · 3 actors". */
function kickerOf(node: ActorNode): string {
  const members = countOf(node.members.length, 'actor', 'actors');
  if (node.attribute)
    return `Group \u00B7 ${node.attribute.key} = ${node.attribute.value} \u00B7 ${members}`;
  return `${KIND_STYLES[node.kind].label} \u00B7 speaks for ${members}`;
}

/**
 * A node of the actor view that stands for several actors (an organisation with its members, or
 * the actors of one attribute value): who its members are, its place in the network, and every
 * statement of its members, grouped by claim, each naming who said it.
 */
export function GroupDetails({ node }: { node: ActorNode }) {
  const { index } = useDetails();
  const hidden = useStore((s) => !(selectVisibleNodes(s)?.has(node.id) ?? false));
  const statements = useMemo(() => {
    const members = new Set(node.members);
    return index.dataset.statements.filter((statement) => members.has(statement.actor));
  }, [index, node]);
  return (
    <>
      <DetailsHeader kicker={kickerOf(node)} title={node.label}>
        <HiddenNote hidden={hidden} />
      </DetailsHeader>
      <dl className="details-facts">
        <dt>Members</dt>
        <dd>
          <ActorLinkList ids={node.members} />
        </dd>
      </dl>
      <NodeMetricsSection id={node.id} />
      <StatementsByClaim statements={statements} showActor />
    </>
  );
}
