// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { linkWithData } from '../../../src/app/share/shareActions';
import { readGexf } from '../../../src/model/readXmlNetwork';
import { useStore } from '../../../src/store/store';

const GEXF = `<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph defaultedgetype="undirected"><nodes><node id="a" label="A"/><node id="b" label="B"/></nodes>
  <edges><edge id="e1" source="a" target="b"/></edges></graph></gexf>`;

beforeEach(() => {
  useStore.setState(useStore.getInitialState(), true);
});

describe('Copy link with data', () => {
  it('says a network read from another tool cannot travel in a link, and what to do instead', async () => {
    const read = readGexf(GEXF, 'small');
    if (!read.ok) throw new Error('the test network does not read');
    useStore.getState().loadDataset(read.dataset, { network: read.network });
    const result = await linkWithData();
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(
      /no place for the edges.*\?data=<the file's address>/,
    );
  });
});
