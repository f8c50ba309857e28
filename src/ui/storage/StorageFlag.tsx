import type { DesignEdit } from '../../core';

type Flag = 'versioned' | 'keepOnDelete';

interface StorageFlagProps {
  /** Whether the storage has `flag: true`. */
  checked: boolean;
  storageIndex: number;
  flag: Flag;
  label: string;
  /** What the option does, as Amplify documents it (the checkbox's title). */
  title: string;
  edit: (edit: DesignEdit) => void;
}

/**
 * A boolean defineStorage option. Ticked writes `flag: true`; unticked leaves the option out
 * (Amplify's default, false), so a file that never named it is not given `flag: false`.
 */
export function StorageFlag({ checked, storageIndex, flag, label, title, edit }: StorageFlagProps) {
  return (
    <label className="check" title={title}>
      <input
        type="checkbox"
        checked={checked}
        onChange={(e) =>
          edit({
            type: 'updateStorage',
            storageIndex,
            patch: { [flag]: e.target.checked ? true : undefined },
          })
        }
      />
      {label}
    </label>
  );
}
