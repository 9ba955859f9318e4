import { useStore } from '../../store/store';
import { useDetails } from './detailsContext';
import { countOf } from '../../model/countOf';
import { SourceCitation } from './SourceCitation';

/** What the panel shows with nothing selected: how to start, and what the dataset is. */
export function Overview() {
  const { index } = useDetails();
  const network = useStore((s) => s.network);
  const openSource = useStore((s) => s.openSource);
  const { dataset } = index;
  const counts = network
    ? [
        countOf(network.nodes.length, 'node', 'nodes'),
        countOf(network.edges.length, 'edge', 'edges'),
      ]
    : [
        countOf(dataset.actors.length, 'actor', 'actors'),
        countOf(dataset.claims.length, 'claim', 'claims'),
        countOf(dataset.statements.length, 'statement', 'statements'),
      ];
  const sources = dataset.sources ?? [];
  return (
    <>
      <p className="details-hint">
        Click an actor, a claim or a statement in the graph, or search, to see who said what.
      </p>
      <h3 className="details-title">{dataset.title ?? 'Untitled dataset'}</h3>
      <p className="details-muted">{counts.join(' \u00B7 ')}</p>
      {dataset.description !== undefined && dataset.description !== '' && (
        <p className="details-description">{dataset.description}</p>
      )}
      {sources.length > 0 && (
        <>
          <h4 className="panel-heading">Sources ({sources.length})</h4>
          <ul className="details-sources">
            {sources.map((source) => (
              <li key={source.id}>
                <SourceCitation source={source} />
                {source.text !== undefined && (
                  <>
                    {' '}
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => openSource(source.id)}
                    >
                      Read its text
                    </button>
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
