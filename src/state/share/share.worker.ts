/**
 * The share worker: makes a share fragment from a design file's compact text off the main
 * thread (at 2,000 paths the pretty JSON, its UTF-8 bytes and the deflate cost about 8 ms).
 */
import { fragmentOfText } from './fragment-of-text';
import type { ShareReply, ShareRequest } from './share-protocol';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ShareRequest>) => void) | null;
  postMessage(reply: ShareReply): void;
};

scope.onmessage = ({ data: { id, designFile } }) =>
  void fragmentOfText(designFile).then(
    (fragment) => scope.postMessage({ id, fragment }),
    (e: unknown) => scope.postMessage({ id, error: String(e) }),
  );
