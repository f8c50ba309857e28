import { defaultStorageIndex, type DesignEdit, type Storage } from '../../core';
import { useAppStore } from '../../state';

const newStorage = (storages: readonly Storage[]): Storage => {
  const names = new Set(storages.map((s) => s.name));
  let n = storages.length + 1;
  while (names.has(`files${n}`)) n++;
  return { name: `files${n}`, hasAccess: true, paths: [] };
};

/**
 * Which defineStorage the panels show, plus adding and removing storages. Adding a second storage
 * to a design whose one storage is the default only implicitly makes that default explicit (with
 * several storages Amplify needs exactly one `isDefault: true`), in the same undo step.
 */
export function StoragePicker() {
  const storages = useAppStore((s) => s.design.storages);
  const storageIndex = useAppStore((s) => s.storageIndex);
  const selectStorage = useAppStore((s) => s.selectStorage);
  const edit = useAppStore((s) => s.edit);
  return (
    <div className="inline-field storage-picker">
      {storages.length > 1 && (
        <label className="inline-field">
          <span className="label">Storage</span>
          <select
            className="field"
            value={storageIndex}
            onChange={(e) => selectStorage(Number(e.target.value))}
          >
            {storages.map((s, i) => (
              <option key={i} value={i}>
                {s.name}
                {s.isDefault ? ' (default)' : ''}
              </option>
            ))}
          </select>
        </label>
      )}
      <button
        type="button"
        className="btn"
        onClick={() => {
          const keepDefault = defaultStorageIndex({ storages, groups: [], functions: [] });
          const edits: DesignEdit[] = [
            ...(keepDefault !== undefined && !storages[keepDefault]!.isDefault
              ? [{ type: 'setDefaultStorage', storageIndex: keepDefault } as const]
              : []),
            { type: 'addStorage', storage: newStorage(storages) },
          ];
          edit(edits);
          selectStorage(storages.length);
        }}
      >
        Add storage
      </button>
      {storages.length > 1 && (
        <button
          type="button"
          className="btn"
          aria-label={`Remove storage ${storages[storageIndex]?.name ?? ''}`}
          onClick={() => edit({ type: 'removeStorage', storageIndex })}
        >
          Remove storage
        </button>
      )}
    </div>
  );
}
