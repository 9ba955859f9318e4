// A dataset carried in a link's hash: its JSON text, compressed with the browser's own
// CompressionStream ('deflate-raw', no library needed), written in base64url so it stays one
// plain hash parameter: `#view=actors&select=…&data=<base64url>`.

/** The hash parameter that carries a dataset. */
export const DATA_PARAM = 'data';

/** Links carry datasets up to this many compressed bytes (about 137,000 characters of address). */
export const MAX_LINK_DATA_BYTES = 100 * 1024;

/** A link's dataset is never unpacked past this (a small link that inflates without end). */
export const MAX_UNPACKED_BYTES = 50 * 1024 * 1024;

/** Returns the bytes in base64url (RFC 4648 §5) without padding: safe in a URL as it is. */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  // In slices: String.fromCharCode takes its bytes as arguments, and arguments are limited.
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Returns the bytes base64url text stands for, or null when it is not base64url. */
export function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/** Returns the text compressed with raw DEFLATE, as a link carries it. */
export async function deflateText(text: string): Promise<Uint8Array> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export type Unpacked = { ok: true; text: string } | { ok: false; message: string };

const DAMAGED =
  'the dataset in the link is damaged (cut short or changed on the way); ask for the link again';

/**
 * Returns the text a link's `data` parameter holds, or why it cannot be read: not base64url,
 * not compressed data, not text, or more than `maxBytes` once unpacked (read no further).
 */
export async function unpackLinkData(
  payload: string,
  maxBytes = MAX_UNPACKED_BYTES,
): Promise<Unpacked> {
  const bytes = fromBase64Url(payload);
  if (bytes === null || bytes.length === 0) return { ok: false, message: DAMAGED };
  const reader = new Blob([bytes as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream('deflate-raw'))
    .getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > maxBytes) {
        void reader.cancel();
        const megabytes = (maxBytes / 1024 / 1024).toFixed(1);
        return {
          ok: false,
          message: `the dataset in the link is over ${megabytes} MB unpacked; datasets that large are not opened`,
        };
      }
      chunks.push(value);
    }
  } catch {
    return { ok: false, message: DAMAGED };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(join(chunks, size)) };
  } catch {
    return { ok: false, message: 'the data in the link is not text; ask for the link again' };
  }
}

function join(chunks: readonly Uint8Array[], size: number): Uint8Array {
  const all = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.length;
  }
  return all;
}

/** The `data` parameter of a URL hash, or null when it carries none. */
export function linkDataOf(hash: string): string | null {
  return new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash).get(DATA_PARAM);
}
