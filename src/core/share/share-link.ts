import type { Design } from '../model/types';
import {
  readDesignFileValue,
  serializeDesignFile,
  type DesignFileResult,
} from '../design-file/design-file';

/**
 * A whole design in a URL fragment, no server involved: the design file JSON, deflated
 * (CompressionStream 'deflate-raw', built into browsers and Node ≥ 18, so no library) and written
 * in base64url. A version letter leads so the format can change without breaking old links.
 * Decoding never executes anything: it inflates, parses JSON and validates it against the schema.
 */
export const SHARE_PREFIX = 'd1.';

/** Links beyond this many characters are refused by some chat tools; the UI warns above it. */
export const SHARE_LINK_SOFT_LIMIT = 2000;

/** Decompressed size cap: a tampered link must not inflate into gigabytes. */
const MAX_INFLATED_BYTES = 2 * 1024 * 1024;
/** Encoded size cap, checked before any work. */
const MAX_ENCODED_CHARS = 1024 * 1024;

export async function encodeShareFragment(design: Design): Promise<string> {
  const json = serializeDesignFile(design);
  const deflated = await pipe(new TextEncoder().encode(json), new CompressionStream('deflate-raw'));
  return SHARE_PREFIX + toBase64Url(deflated);
}

export async function decodeShareFragment(fragment: string): Promise<DesignFileResult> {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (!text.startsWith(SHARE_PREFIX)) {
    return {
      ok: false,
      error: 'This link does not hold an Access Matrix design (it does not start with "d1.").',
    };
  }
  if (text.length > MAX_ENCODED_CHARS)
    return { ok: false, error: 'This link is too long to be a design (over 1 MB).' };
  const bytes = fromBase64Url(text.slice(SHARE_PREFIX.length));
  if (!bytes)
    return {
      ok: false,
      error: 'This link is damaged: it contains characters a design link never has.',
    };
  let inflated: Uint8Array;
  try {
    inflated = await pipe(bytes, new DecompressionStream('deflate-raw'), MAX_INFLATED_BYTES);
  } catch (e) {
    return {
      ok: false,
      error:
        (e as Error).message === 'too large'
          ? 'This link expands to more than 2 MB; it is not a design this tool made.'
          : 'This link is damaged or cut off: its data does not decompress. Ask for the link again.',
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflated));
  } catch {
    return { ok: false, error: 'This link is damaged: its data is not a design (not valid JSON).' };
  }
  const result = readDesignFileValue(json);
  return result.ok
    ? result
    : { ok: false, error: `This link's design is invalid: ${result.error}` };
}

async function pipe(
  input: Uint8Array,
  transform: CompressionStream | DecompressionStream,
  limit = Infinity,
): Promise<Uint8Array> {
  const writer = transform.writable.getWriter();
  // Errors surface on the reading side; the write promises are observed so none goes unhandled.
  writer.write(input as Uint8Array<ArrayBuffer>).catch(() => {});
  writer.close().catch(() => {});
  const reader = transform.readable.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw new Error('too large');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}
