import { accessModel } from '../access/matrix';
import type { Design } from '../model/types';
import { allowedButUndeclared, ambiguousGroupKeys, offeredButDenied, type Places } from './compare';
import type { ViewDifference } from './difference';
import { bucketViews, type BucketViews } from './views';

export interface DesignBucketViews extends BucketViews {
  readonly differences: readonly ViewDifference[];
}

/**
 * Both views of an Amplify-managed storage (defineStorage): IAM from the policies Amplify compiles,
 * the client from the `paths` it writes to amplify_outputs.json. They agree by construction except
 * where the client library combines roles IAM keeps apart: a group member is offered what
 * `authenticated` has (aws-amplify/amplify-backend#1771, aws-amplify/amplify-ui#6930), and group
 * keys are matched by substring. `bucketName` is the deployed bucket's name when known.
 */
export function designViews(
  design: Design,
  storageIndex: number,
  places: Places = {},
  bucketName?: string,
): DesignBucketViews {
  const storage = design.storages[storageIndex];
  if (!storage) throw new RangeError(`No storage at index ${storageIndex}`);
  const model = accessModel(storage);
  const paths = model.compiled.outputsPaths;
  const views = bucketViews({
    bucket: {
      name: storage.name,
      bucketName: bucketName ?? storage.name,
      ...(paths ? { paths } : {}),
    },
    policies: model.compiled.policies,
    groups: design.groups,
    functions: design.functions,
  });
  const differences = [
    ...offeredButDenied(views, places),
    ...ambiguousGroupKeys(views, places),
    ...allowedButUndeclared(views, places),
  ];
  return { ...views, differences };
}
