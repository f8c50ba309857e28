import { findingIndexOf, useAppStore, useDerivedDesign } from '../../state';
import { CommitInput } from '../common/CommitInput';
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
            {several && (
              <label className="check">
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
            )}
            <label className="check">
              <input
                type="checkbox"
                checked={storage.versioned === true}
                onChange={(e) =>
                  edit({
                    type: 'updateStorage',
                    storageIndex,
                    patch: { versioned: e.target.checked ? true : undefined },
                  })
                }
              />
              Versioned
            </label>
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
