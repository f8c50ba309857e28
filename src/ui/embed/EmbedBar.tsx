import { useEffect, useState } from 'react';
import { shareLinkFor, useAppStore } from '../../state';
import { UndoRedo } from '../layout/UndoRedo';

/** The embed's one line of chrome: what this is, which storage, and a way to the full app. */
export function EmbedBar({ editable }: { editable: boolean }) {
  const design = useAppStore((s) => s.design);
  const storageIndex = useAppStore((s) => s.storageIndex);
  const selectStorage = useAppStore((s) => s.selectStorage);
  const [href, setHref] = useState<string>();
  useEffect(() => {
    let live = true;
    void shareLinkFor(design, location.href).then((link) => live && setHref(link));
    return () => {
      live = false;
    };
  }, [design]);
  return (
    <div className="embed-bar">
      <span className="embed-brand">
        <img src="./favicon.svg" alt="" />
        Access Matrix
      </span>
      {design.storages.length > 1 ? (
        <label className="inline-field">
          <span className="label">Storage</span>
          <select
            className="field"
            value={storageIndex}
            onChange={(e) => selectStorage(Number(e.target.value))}
          >
            {design.storages.map((s, i) => (
              <option key={i} value={i}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
      ) : (
        <span className="embed-storage mono">{design.storages[0]?.name}</span>
      )}
      {editable && <UndoRedo />}
      <span className="spacer" />
      {href && (
        <a href={href} target="_blank" rel="noopener noreferrer">
          Open in Access Matrix
        </a>
      )}
    </div>
  );
}
