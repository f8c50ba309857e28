import type { Storage } from '../../core';
import { useAppStore } from '../../state';

const newStorage = (storages: readonly Storage[]): Storage => {
  const names = new Set(storages.map((s) => s.name));
  let n = storages.length + 1;
  while (names.has(`files${n}`)) n++;
  return { name: `files${n}`, hasAccess: true, paths: [] };
};

/** Which defineStorage the panels show, plus adding and removing storages. */
export function StoragePicker() {
  const storages = useAppStore((s) => s.design.storages);
  const storageIndex = useAppStore((s) => s.storageIndex);
  const selectStorage = useAppStore((s) => s.selectStorage);
  const edit = useAppStore((s) => s.edit);
  return (
    <div className="inline-field">
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
          edit({ type: 'addStorage', storage: newStorage(storages) });
          selectStorage(storages.length);
        }}
      >
        Add storage
      </button>
      {storages.length > 1 && (
        <button
          type="button"
          className="btn"
          onClick={() => edit({ type: 'removeStorage', storageIndex })}
        >
          Remove storage
        </button>
      )}
    </div>
  );
}
