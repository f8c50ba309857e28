import { findingIndexOf, useAppStore, useDerivedDesign } from '../../state';
import { CommitInput } from '../common/CommitInput';
import { StorageFlag } from '../storage/StorageFlag';
import { StorageTriggers } from '../storage/StorageTriggers';
import { StorageFindings } from './StorageFindings';
import { StoragePicker } from './StoragePicker';

/** The selected storage's defineStorage options and triggers, and the findings about the storage as a whole. */
export function StorageBar() {
  const design = useAppStore((s) => s.design);
  const storageIndex = useAppStore((s) => s.storageIndex);
  const edit = useAppStore((s) => s.edit);
  const storage = design.storages[storageIndex];
  const index = findingIndexOf(useDerivedDesign());
  const findings = index.byStorage(storageIndex);
  const several = design.storages.length > 1;
  return (
    <div className="storage-bar">
      <div className="storage-fields">
        {storage && (
          <>
            <label className="inline-field">
              <span className="label">Storage name</span>
              <CommitInput
                className="field mono"
                value={storage.name}
                spellCheck={false}
                autoComplete="off"
                onCommit={(name) => edit({ type: 'updateStorage', storageIndex, patch: { name } })}
              />
            </label>
            <label
              className="check"
              title={
                several
                  ? 'isDefault: the storage the client libraries use unless told otherwise; exactly one of several has it'
                  : 'isDefault: only matters with several storages (the only one is the default)'
              }
            >
              <input
                type="checkbox"
                checked={storage.isDefault === true}
                onChange={(e) =>
                  edit(
                    e.target.checked
                      ? { type: 'setDefaultStorage', storageIndex }
                      : { type: 'updateStorage', storageIndex, patch: { isDefault: undefined } },
                  )
                }
              />
              Default storage
            </label>
            <StorageFlag
              storage={storage}
              storageIndex={storageIndex}
              flag="versioned"
              label="Versioned"
              title="versioned: S3 keeps every version of each object"
              edit={edit}
            />
            <StorageFlag
              storage={storage}
              storageIndex={storageIndex}
              flag="keepOnDelete"
              label="Keep on delete"
              title="keepOnDelete: keep the bucket and its objects when the backend is deleted (sandboxes delete it anyway)"
              edit={edit}
            />
          </>
        )}
        <span className="spacer" />
        <StoragePicker />
      </div>
      <StorageTriggers />
      <StorageFindings findings={findings} madeFor={index.design} />
    </div>
  );
}
