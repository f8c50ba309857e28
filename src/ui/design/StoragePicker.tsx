import { defaultStorageIndex, type DesignEdit, type Storage } from '../../core';
import { useAppStore, useAppStoreApi } from '../../state';

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
 * It subscribes to the storages' names (a tick in the rules grid replaces the storage, not its
 * name) and reads the storages themselves when a button is pressed.
 */
export function StoragePicker() {
  // One string (compared by value), read back for the options: a selector must not return a
  // new array on each call.
  const choices = JSON.parse(
    useAppStore((s) =>
      JSON.stringify(
        s.design.storages.map((st) => `${st.name}${st.isDefault ? ' (default)' : ''}`),
      ),
    ),
  ) as string[];
  const selected = useAppStore((s) => s.design.storages[s.storageIndex]?.name ?? '');
  const store = useAppStoreApi();
  const storageIndex = useAppStore((s) => s.storageIndex);
  const selectStorage = useAppStore((s) => s.selectStorage);
  const edit = useAppStore((s) => s.edit);
  return (
    <div className="inline-field storage-picker">
      {choices.length > 1 && (
        <label className="inline-field">
          <span className="label">Storage</span>
          <select
            className="field"
            value={storageIndex}
            onChange={(e) => selectStorage(Number(e.target.value))}
          >
            {choices.map((choice, i) => (
              <option key={i} value={i}>
                {choice}
              </option>
            ))}
          </select>
        </label>
      )}
      <button
        type="button"
        className="btn"
        onClick={() => {
          const { storages } = store.getState().design;
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
      {choices.length > 1 && (
        <button
          type="button"
          className="btn"
          aria-label={`Remove storage ${selected}`}
          onClick={() => edit({ type: 'removeStorage', storageIndex })}
        >
          Remove storage
        </button>
      )}
    </div>
  );
}
