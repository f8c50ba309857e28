import { placeholderBucketName, PLACEHOLDER_REGION } from '../../core';
import { useAppStore } from '../../state';

/** Where the bucket lives: the deploy decides it, so exports use these (or clear placeholders). */
export function BucketFields() {
  const bucket = useAppStore((s) => s.bucket);
  const storageName = useAppStore((s) => s.design.storages[s.storageIndex]?.name ?? '');
  const setBucketSettings = useAppStore((s) => s.setBucketSettings);
  return (
    <div className="bucket-fields">
      <label className="inline-field">
        <span className="label">Bucket name</span>
        <input
          className="field mono"
          value={bucket.bucketNames[storageName] ?? ''}
          placeholder={placeholderBucketName(storageName)}
          spellCheck={false}
          autoComplete="off"
          onChange={(e) => setBucketSettings({ bucketName: e.target.value })}
        />
      </label>
      <label className="inline-field">
        <span className="label">Region</span>
        <input
          className="field mono region"
          value={bucket.region}
          placeholder={PLACEHOLDER_REGION}
          spellCheck={false}
          autoComplete="off"
          onChange={(e) => setBucketSettings({ region: e.target.value })}
        />
      </label>
    </div>
  );
}
