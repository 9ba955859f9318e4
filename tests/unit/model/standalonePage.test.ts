import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  datasetDigest,
  EMPTY_DATA_BLOCK,
  fillStandalonePage,
  pageContent,
  readPageData,
  scriptSafeJson,
  type PageData,
} from '../../../src/model/standalonePage';

const TEMPLATE = `<!doctype html><html><head><title>S</title></head><body><div id="root"></div>
<script type="module">console.log("</scr" + "ipt>")</script>
${EMPTY_DATA_BLOCK}
</body></html>`;

const page = (dataset: unknown, view = ''): PageData => ({
  format: 'stancegraph-page',
  version: 1,
  view,
  digest: 'd',
  dataset,
});

/** What an HTML parser sees inside the filled data block: everything up to the first `</script`. */
function dataBlockText(html: string): string {
  const start = html.indexOf('id="stancegraph-data">') + 'id="stancegraph-data">'.length;
  return html.slice(start, html.toLowerCase().indexOf('</script', start));
}

describe('JSON inside a script element', () => {
  it('reads back the same, and holds nothing that could end the element or start another', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string({ unit: 'binary' }), (value, text) => {
        for (const item of [value, text, { text, nested: [text, value] }]) {
          const json = scriptSafeJson(item);
          expect(json).not.toMatch(/[<>&\u2028\u2029]/);
          expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(item)));
        }
      }),
    );
  });

  it('escapes each dangerous character as a \\u escape', () => {
    expect(scriptSafeJson('</script><!-- & \u2028\u2029')).toBe(
      '"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028\\u2029"',
    );
  });
});

describe('the filled page', () => {
  it('carries the data whole in its data block, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        // Patterns String.replace would expand, and markup that would end the block.
        const dataset = { title: `${text}$&$'$\`</script><script>alert(1)</script>` };
        const html = fillStandalonePage(TEMPLATE, page(dataset, 'view=actors'));
        const read = readPageData(dataBlockText(html));
        expect(read).toEqual({ ok: true, view: 'view=actors', digest: 'd', dataset });
        // The rest of the page is the template's, byte for byte.
        const [before, after] = TEMPLATE.split(EMPTY_DATA_BLOCK);
        expect(html.startsWith(before!)).toBe(true);
        expect(html.endsWith(after!)).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  it('refuses a template without exactly one place for the data', () => {
    expect(() => fillStandalonePage('<html></html>', page({}))).toThrow('no place for the data');
    expect(() => fillStandalonePage(`${EMPTY_DATA_BLOCK}${EMPTY_DATA_BLOCK}`, page({}))).toThrow(
      'no place for the data',
    );
  });
});

describe('reading a page’s data', () => {
  it('says what is wrong, by place', () => {
    expect(readPageData('')).toEqual({
      ok: false,
      problems: [{ path: '', message: 'this page holds no data: export it from Stancegraph' }],
    });
    expect(readPageData('{"format":')).toMatchObject({ ok: false });
    expect(readPageData('[]')).toMatchObject({ ok: false });
    expect(readPageData('{"format":"stancegraph"}')).toMatchObject({
      ok: false,
      problems: [{ path: 'format' }],
    });
    expect(readPageData('{"format":"stancegraph-page","version":2}')).toEqual({
      ok: false,
      problems: [{ path: 'version', message: 'version 2 is not read by this page' }],
    });
    expect(readPageData('{"format":"stancegraph-page","version":1,"dataset":{}}')).toEqual({
      ok: false,
      problems: [{ path: 'digest', message: 'the data of this page has no digest to check it by' }],
    });
  });
});

describe('the digest of a page’s dataset', () => {
  it('is the SHA-256 of its JSON, and the same once the page is read back', async () => {
    const dataset = { title: 'Ünïcode </script>', actors: [{ id: '__proto__', n: 1.5e-7 }] };
    const digest = await datasetDigest(dataset);
    expect(digest).toBe(createHash('sha256').update(JSON.stringify(dataset)).digest('base64'));
    const html = fillStandalonePage(TEMPLATE, { ...page(dataset), digest: digest! });
    const read = readPageData(dataBlockText(html));
    expect(read.ok && (await datasetDigest(read.dataset))).toBe(digest);
  });

  it('changes when a page’s data was changed', async () => {
    const digest = await datasetDigest({ title: 'A' });
    expect(await datasetDigest({ title: 'B' })).not.toBe(digest);
  });

  it('covers a network carried beside the dataset, read back the same', async () => {
    const dataset = { actors: [{ id: 'a' }, { id: 'b' }] };
    const network = { nodes: [{ id: 'a' }, { id: 'b' }], edges: [{ id: 'e', source: 'a' }] };
    const digest = await datasetDigest(pageContent(dataset, network));
    expect(digest).not.toBe(await datasetDigest(pageContent(dataset, undefined)));
    const html = fillStandalonePage(TEMPLATE, { ...page(dataset), digest: digest!, network });
    const read = readPageData(dataBlockText(html));
    if (!read.ok) throw new Error('the page does not read back');
    expect(read.network).toEqual(network);
    expect(await datasetDigest(pageContent(read.dataset, read.network))).toBe(digest);
    const changed = { ...network, edges: [] };
    expect(await datasetDigest(pageContent(read.dataset, changed))).not.toBe(digest);
  });
});
