/** Two views of every bucket: what IAM enforces, what the client library and Storage Browser offer, and where they differ. */
export {
  ENTITY_IDENTITY_URL,
  highestPrecedenceGroup,
  resolveLocations,
  type ClientBucket,
  type ClientSession,
  type PathAccess,
  type UserGroupConfig,
} from './amplify-js';
export {
  browserLocations,
  parsePermission,
  type BrowserLocation,
  type BrowserLocations,
  type LocationPermission,
} from './storage-browser';
export {
  bucketViews,
  clientSession,
  designPath,
  type BucketViews,
  type ClientCell,
  type ClientRow,
} from './views';
export { backendTsViews, type BackendBucketViews } from './backend-ts-views';
export { designViews, type DesignBucketViews } from './design-views';
export { DIFFERENCES, type DifferenceCode } from './catalog';
export type { ViewDifference } from './difference';
export type { Places } from './compare';
