import { memo } from 'react';
import { findingIndexOf, useAppStore, useDerivedDesign } from '../../state';
import { CommitInput } from '../common/CommitInput';
import { StorageFlag } from '../storage/StorageFlag';
import { StorageTriggers } from '../storage/StorageTriggers';
import { StorageFindings } from './StorageFindings';
import { StoragePicker } from './StoragePicker';

/**
 * The selected storage's defineStorage options and triggers, and the findings about the storage as
 * a whole. Each part subscribes to what it shows (the options as values, the findings of the
 * storage), so a tick in the rules grid renders none of its fields.
 */
export function StorageBar() {
  return (
    <div className="storage-bar">
      <div className="storage-fields">
        <StorageOptions />
        <span className="spacer" />
        <StoragePicker />
      </div>
      <StorageTriggers />
      <StorageBarFindings />
    </div>
  );
}

const StorageOptions = memo(function StorageOptions() {
  const storageIndex = useAppStore((s) => s.storageIndex);
  const exists = useAppStore((s) => s.design.storages[s.storageIndex] !== undefined);
  const name = useAppStore((s) => s.design.storages[s.storageIndex]?.name ?? '');
  const isDefault = useAppStore((s) => s.design.storages[s.storageIndex]?.isDefault === true);
  const versioned = useAppStore((s) => s.design.storages[s.storageIndex]?.versioned === true);
  const keepOnDelete = useAppStore((s) => s.design.storages[s.storageIndex]?.keepOnDelete === true);
  const several = useAppStore((s) => s.design.storages.length > 1);
  const edit = useAppStore((s) => s.edit);
  if (!exists) return null;
  return (
    <>
      <label className="inline-field">
        <span className="label">Storage name</span>
        <CommitInput
          className="field mono"
          value={name}
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
          checked={isDefault}
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
        checked={versioned}
        storageIndex={storageIndex}
        flag="versioned"
        label="Versioned"
        title="versioned: S3 keeps every version of each object"
        edit={edit}
      />
      <StorageFlag
        checked={keepOnDelete}
        storageIndex={storageIndex}
        flag="keepOnDelete"
        label="Keep on delete"
        title="keepOnDelete: keep the bucket and its objects when the backend is deleted (sandboxes delete it anyway)"
        edit={edit}
      />
    </>
  );
});

/** The storage's own findings, following the design in its transition (see `useDerivedDesign`). */
const StorageBarFindings = memo(function StorageBarFindings() {
  const storageIndex = useAppStore((s) => s.storageIndex);
  const index = findingIndexOf(useDerivedDesign());
  return <StorageFindings findings={index.byStorage(storageIndex)} madeFor={index.design} />;
});
