import { useId } from 'react';
import type { TriggerEvent } from '../../core';
import { useAppStore } from '../../state';
import { TriggerField } from './TriggerField';
import './storage.css';

const EVENTS: readonly TriggerEvent[] = ['onUpload', 'onDelete'];

/**
 * The selected storage's `triggers`: what runs when an object is uploaded or deleted. Each is
 * none, a declared function, or an inline `defineFunction({ entry })` written in place, as the
 * docs write it (the entry is relative to amplify/storage/).
 */
export function StorageTriggers() {
  const design = useAppStore((s) => s.design);
  const storageIndex = useAppStore((s) => s.storageIndex);
  const edit = useAppStore((s) => s.edit);
  const labelId = useId();
  if (!design.storages[storageIndex]) return null;
  return (
    <div className="storage-triggers" role="group" aria-labelledby={labelId}>
      <span id={labelId} className="label">
        Triggers
      </span>
      {EVENTS.map((event) => (
        <TriggerField
          key={event}
          design={design}
          storageIndex={storageIndex}
          event={event}
          edit={edit}
        />
      ))}
    </div>
  );
}
