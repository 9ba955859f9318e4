// The real files of other tools (Gephi's GEXF, Cytoscape desktop's .cyjs), opened, exported as
// GEXF and GraphML and opened again: every node and edge comes back, in file order, directions,
// colours, sizes, positions and weights with them.
import { DOMParser } from '@xmldom/xmldom';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { networkGraph, toGexf, toGraphml } from '../../../src/model/exportGraph';
import { readCytoscapeJson, type PlainNetwork } from '../../../src/model/network';
import type { ReadResult } from '../../../src/model/readDataset';
import { readGexf, readGraphml } from '../../../src/model/readXmlNetwork';
import { interopBytes, needInterop } from '../interop';

function networkOf(result: ReadResult): PlainNetwork {
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  if (!result.network) throw new Error('read as a dataset, not a network');
  return result.network;
}

describe('the real files of other tools, exported and opened again', () => {
  const all = (network: PlainNetwork) => ({
    nodes: new Set(network.nodes.map((n) => n.id)),
    edges: new Set(network.edges.map((e) => e.id)),
  });
  const fileOrder = (network: PlainNetwork) =>
    network.edges.map((e) => [e.id, e.source, e.target, e.directed ?? false]);

  it('keeps every node and edge of Gephi’s les-miserables.gexf, in both formats', (context) => {
    needInterop(context);
    const gexf = networkOf(
      readGexf(new TextDecoder().decode(interopBytes('les-miserables.gexf')), 'les-miserables'),
    );
    const positions = new Map(gexf.nodes.map((n) => [n.id, n.position!]));
    const graph = networkGraph(gexf, all(gexf), positions);
    for (const back of [
      networkOf(readGexf(toGexf(graph))),
      networkOf(readGraphml(toGraphml(graph))),
    ]) {
      expect(back.nodes).toHaveLength(77);
      expect(back.edges).toHaveLength(254);
      expect(fileOrder(back)).toEqual(fileOrder(gexf));
      const valjean = back.nodes.find((n) => n.id === '11');
      expect(valjean).toMatchObject({ label: 'Valjean', color: '#f55b5b', size: 100 });
      expect(valjean?.position?.x).toBeCloseTo(-87.93029);
      expect(valjean?.position?.y).toBeCloseTo(-6.8120565);
      expect(back.edges.find((e) => e.id === 'geid_138_1')?.data).toMatchObject({
        weight: 8,
        cooccurrence: 8,
      });
    }
  });

  // Read back by graphology's own parsers, which readGexf and readGraphml run on: 5,845 edges.
  it('keeps every node and edge of a Cytoscape desktop .cyjs, in both formats', (context) => {
    needInterop(context);
    const json: unknown = JSON.parse(
      new TextDecoder().decode(interopBytes('cytoscape-desktop-6000-elements.cyjs')),
    );
    const cyjs = networkOf(readCytoscapeJson(json));
    const graph = networkGraph(cyjs, all(cyjs));
    const xml = (text: string) => new DOMParser().parseFromString(text, 'application/xml');
    for (const back of [
      parseGexf(Graph, xml(toGexf(graph)) as unknown as Document),
      parseGraphml(Graph, xml(toGraphml(graph)) as unknown as Document),
    ]) {
      expect(back.order).toBe(cyjs.nodes.length);
      expect(back.edges()).toEqual(cyjs.edges.map((e) => e.id));
      expect(back.getNodeAttribute(cyjs.nodes[0]!.id, 'label')).toBe(cyjs.nodes[0]!.label);
    }
  });
});
