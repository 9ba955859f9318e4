import { deflateRawSync, inflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  deflateText,
  fromBase64Url,
  linkDataOf,
  toBase64Url,
  unpackLinkData,
} from '../../../src/app/share/linkData';
import { dataLinkOf } from '../../../src/app/loading/dataLink';

// Node's zlib stands in for another implementation of the same formats: a link made here must
// open there and the other way round.
const nodeBase64Url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');

describe('base64url', () => {
  it('writes what Node writes, and reads it back', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), (bytes) => {
        const text = toBase64Url(bytes);
        expect(text).toBe(nodeBase64Url(bytes));
        expect(fromBase64Url(text)).toEqual(bytes);
      }),
    );
  });

  it('refuses what is not base64url', () => {
    for (const text of ['a+b/', 'abc=', 'a b', 'abcde', '%41'])
      expect(fromBase64Url(text)).toBeNull();
  });
});

describe('a dataset in a link', () => {
  it('comes back as the same text, whatever it holds', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 400 }), async (text) => {
        const payload = toBase64Url(await deflateText(text));
        expect(/^[A-Za-z0-9_-]*$/.test(payload)).toBe(true);
        // Raw DEFLATE, as any implementation reads it.
        expect(inflateRawSync(Buffer.from(payload, 'base64url')).toString('utf8')).toBe(text);
        if (text !== '') expect(await unpackLinkData(payload)).toEqual({ ok: true, text });
      }),
      { numRuns: 60 },
    );
  });

  it('opens what another DEFLATE wrote', async () => {
    const text = JSON.stringify({ format: 'stancegraph', title: 'Über «quotes» 🙂' });
    const payload = nodeBase64Url(deflateRawSync(Buffer.from(text, 'utf8')));
    expect(await unpackLinkData(payload)).toEqual({ ok: true, text });
  });

  it('says the link is damaged when it is cut short, changed or not base64url', async () => {
    const payload = toBase64Url(await deflateText('{"format":"stancegraph"}'.repeat(50)));
    for (const broken of [payload.slice(0, 10), `x${payload}`, 'not*base64', '']) {
      const result = await unpackLinkData(broken);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(/damaged/);
    }
  });

  it('stops unpacking at the limit: a small link that inflates without end is refused', async () => {
    const bomb = nodeBase64Url(deflateRawSync(Buffer.alloc(5_000_000, 0x20)));
    expect(bomb.length).toBeLessThan(10_000);
    const result = await unpackLinkData(bomb, 1_000_000);
    expect(result).toEqual({
      ok: false,
      message:
        'the dataset in the link is over 1.0 MB unpacked; datasets that large are not opened',
    });
  });

  it('refuses bytes that are not UTF-8 text', async () => {
    const payload = nodeBase64Url(deflateRawSync(Buffer.from([0xff, 0xfe, 0x00, 0xc3])));
    expect(await unpackLinkData(payload)).toEqual({
      ok: false,
      message: 'the data in the link is not text; ask for the link again',
    });
  });
});

describe('which dataset an address brings', () => {
  it('reads ?data= first, else the data of the hash, else none', () => {
    expect(
      dataLinkOf({ search: '?data=https%3A%2F%2Fa.example%2Fd.json', hash: '#data=abc' }),
    ).toEqual({ kind: 'address', url: 'https://a.example/d.json' });
    expect(dataLinkOf({ search: '?embed', hash: '#view=actors&data=q-_9' })).toEqual({
      kind: 'packed',
      payload: 'q-_9',
    });
    expect(dataLinkOf({ search: '', hash: '#view=actors&select=actor%3Ax' })).toBeNull();
    expect(linkDataOf('')).toBeNull();
  });
});
