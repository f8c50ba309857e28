import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { designFromAccess, encodeShareFragment, type Design } from '../../core';
import { accessArb } from '../../../test/property/arbitraries';
import { TEMPLATES, TEMPLATE_NAMES } from '../templates';
import { fragmentOfText } from './fragment-of-text';
import type { ShareReply, ShareRequest } from './share-protocol';

/** Names JSON must escape or keep: quotes, controls, separators, lone surrogates. */
const nasty = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom('"', '\\', '\u0000\n', '\u2028', '\ud800', '\ud83d\ude00'),
);
const designArb = fc
  .record({ access: accessArb, name: nasty, groups: fc.array(nasty, { maxLength: 3 }) })
  .map(({ access, name, groups }) => designFromAccess(access, { name, groups }));

/** A stand-in for the browser's Worker running the share worker's work, or failing. */
function fakeWorker(behaviour: 'answer' | 'refuse' | 'crash' | 'garble', sent: ShareRequest[]) {
  return class {
    onmessage: ((e: MessageEvent<ShareReply>) => void) | null = null;
    onerror: (() => void) | null = null;
    onmessageerror: (() => void) | null = null;
    postMessage(request: ShareRequest) {
      sent.push(request);
      setTimeout(() => {
        if (behaviour === 'crash') return this.onerror?.();
        if (behaviour === 'garble') return this.onmessageerror?.();
        const reply = (data: ShareReply) => this.onmessage?.({ data } as MessageEvent<ShareReply>);
        if (behaviour === 'refuse') return reply({ id: request.id, error: 'no' });
        void fragmentOfText(request.designFile).then((fragment) =>
          reply({ id: request.id, fragment }),
        );
      });
    }
    terminate() {}
  };
}

describe('shareFragmentFor', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });
  const fresh = async () => (await import('./share-fragment')).shareFragmentFor;

  it('makes the fragment encodeShareFragment makes, from the compact text, for any design', async () => {
    const shareFragmentFor = await fresh();
    await fc.assert(
      fc.asyncProperty(designArb, async (design) => {
        expect(await shareFragmentFor(design)).toBe(await encodeShareFragment(design));
      }),
      { numRuns: 100 },
    );
  });

  for (const behaviour of ['answer', 'refuse', 'crash', 'garble'] as const)
    it(`posts the design file text to a worker, and the page makes it when the worker cannot (${behaviour})`, async () => {
      const sent: ShareRequest[] = [];
      vi.stubGlobal('Worker', fakeWorker(behaviour, sent));
      const shareFragmentFor = await fresh();
      for (const name of TEMPLATE_NAMES) {
        const design: Design = TEMPLATES[name].design();
        expect(await shareFragmentFor(design)).toBe(await encodeShareFragment(design));
        // The same design again: the same promise, nothing posted.
        const posted = sent.length;
        expect(await shareFragmentFor(design)).toBe(await encodeShareFragment(design));
        expect(sent.length).toBe(posted);
      }
      expect(sent.length).toBe(
        behaviour === 'crash' || behaviour === 'garble' ? 1 : TEMPLATE_NAMES.length,
      );
      expect(JSON.parse(sent[0]!.designFile)).toMatchObject({ format: 'access-matrix-design' });
    });
});
