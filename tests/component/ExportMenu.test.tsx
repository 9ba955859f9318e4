// @vitest-environment jsdom
// Exporting a network read from another tool: GEXF and GraphML download what the graph shows,
// edges and all, and open again as that; the files with no place for its edges (JSON, CSV, HTML)
// are offered disabled, saying why, and refused if asked for anyway.
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runExport } from '../../src/app/export/runExport';
import { ExportMenu, type ExportOptions } from '../../src/components/ExportMenu/ExportMenu';
import type { PlainNetwork } from '../../src/model/network';
import type { ReadResult } from '../../src/model/readDataset';
import { readGexf, readGraphml } from '../../src/model/readXmlNetwork';
import { selectNetworkShown } from '../../src/store/selectors';
import { useStore } from '../../src/store/store';
import { seed } from '../unit/testData';

// a → b directed, b — c and c — d undirected, e isolated.
const GEXF = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <graph defaultedgetype="undirected">
    <nodes>
      <node id="a" label="A"><viz:position x="0" y="10"/><viz:color r="255" g="0" b="0"/></node>
      <node id="b" label="B"><viz:position x="50" y="0"/><viz:size value="30"/></node>
      <node id="c" label="C"><viz:position x="100" y="0"/></node>
      <node id="d" label="D"><viz:position x="150" y="0"/></node>
      <node id="e" label="E"><viz:position x="200" y="0"/></node>
    </nodes>
    <edges>
      <edge id="ab" source="a" target="b" type="directed" weight="4" label="sends"/>
      <edge id="bc" source="b" target="c"/>
      <edge id="cd" source="c" target="d"/>
    </edges>
  </graph>
</gexf>`;

function networkOf(result: ReadResult): PlainNetwork {
  if (!result.ok || !result.network) throw new Error('not a network');
  return result.network;
}

const OPTIONS: ExportOptions = {
  scope: 'whole',
  scale: 1,
  background: 'white',
  includeLegend: false,
};

let downloads: Blob[] = [];

beforeEach(() => {
  useStore.setState(useStore.getInitialState(), true);
  downloads = [];
  // jsdom has no object URLs: the download's blob is caught where the URL would be made.
  URL.createObjectURL = (blob: Blob) => {
    downloads.push(blob);
    return 'blob:export';
  };
  URL.revokeObjectURL = () => {};
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function loadNetwork() {
  const result = readGexf(GEXF, 'small');
  if (!result.ok) throw new Error('the test network does not read');
  useStore.getState().loadDataset(result.dataset, { network: result.network });
}

async function exportFrom(menu: string): Promise<string> {
  render(<ExportMenu onExport={(format, options) => runExport(null, format, options)} />);
  await userEvent.click(screen.getByRole('button', { name: 'Export' }));
  await userEvent.click(screen.getByRole('button', { name: menu }));
  await waitFor(() => expect(downloads).toHaveLength(1));
  return blobText(downloads[0]!);
}

/** The blob's text (jsdom's Blob has no text()). */
function blobText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsText(blob);
  });
}

describe('exporting a network read from another tool', () => {
  it('downloads GEXF of what a focus shows, which opens again as shown', async () => {
    loadNetwork();
    // Two steps from b: every node but the isolated e.
    useStore.getState().select({ type: 'actor', id: 'b' });
    useStore.getState().setFocusDepth(2);
    expect(selectNetworkShown(useStore.getState())?.nodes.size).toBe(4);

    const back = networkOf(readGexf(await exportFrom('Export GEXF')));
    expect(back.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(back.edges.map((e) => [e.id, e.directed ?? false])).toEqual([
      ['ab', true],
      ['bc', false],
      ['cd', false],
    ]);
    expect(back.nodes[0]).toMatchObject({ color: '#ff0000', position: { x: 0, y: -10 } });
    expect(back.nodes[1]).toMatchObject({ size: 30 });
    expect(back.edges[0]).toMatchObject({ label: 'sends', data: { weight: 4 } });
  });

  it('downloads GraphML of what a narrower focus shows, which opens again as shown', async () => {
    loadNetwork();
    useStore.getState().select({ type: 'actor', id: 'b' });
    useStore.getState().setFocusDepth(1);
    const shown = selectNetworkShown(useStore.getState());
    expect([...(shown?.nodes ?? [])].sort()).toEqual(['a', 'b', 'c']);

    const back = networkOf(readGraphml(await exportFrom('Export GraphML')));
    expect(back.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c']);
    expect(back.edges.map((e) => [e.id, e.directed ?? false])).toEqual([
      ['ab', true],
      ['bc', false],
    ]);
  });

  it('offers JSON and CSV disabled, saying why', async () => {
    loadNetwork();
    render(<ExportMenu onExport={() => Promise.resolve(null)} />);
    await userEvent.click(screen.getByRole('button', { name: 'Export' }));
    for (const name of ['Export JSON', 'Export CSV']) {
      const item = screen.getByRole('button', { name });
      expect(item).toBeDisabled();
      expect(item).toHaveAccessibleDescription('a network: use GEXF or GraphML');
    }
    for (const name of ['Export GEXF', 'Export GraphML', 'Export HTML']) {
      expect(screen.getByRole('button', { name })).toBeEnabled();
    }
  });

  it('refuses JSON and CSV with a reason when asked anyway', async () => {
    loadNetwork();
    for (const format of ['json', 'csv'] as const) {
      await expect(runExport(null, format, OPTIONS)).rejects.toThrow(
        /edges of a network read from another tool: export it as GEXF or GraphML/,
      );
    }
    expect(downloads).toHaveLength(0);
  });
});

describe('exporting a stancegraph dataset', () => {
  it('offers every data format', async () => {
    useStore.getState().loadDataset(seed);
    render(<ExportMenu onExport={() => Promise.resolve(null)} />);
    await userEvent.click(screen.getByRole('button', { name: 'Export' }));
    for (const name of ['Export JSON', 'Export CSV', 'Export HTML', 'Export GEXF']) {
      const item = screen.getByRole('button', { name });
      expect(item).toBeEnabled();
      expect(item).not.toHaveAccessibleDescription();
    }
  });
});
