import { memo, useId } from 'react';
import type { TriggerEvent } from '../../core';
import { useAppStore, useAppStoreApi } from '../../state';
import { TriggerField } from './TriggerField';
import './storage.css';

const EVENTS: readonly TriggerEvent[] = ['onUpload', 'onDelete'];

/**
 * The selected storage's `triggers`: what runs when an object is uploaded or deleted. Each is
 * none, a declared function, or an inline `defineFunction({ entry })` written in place, as the
 * docs write it (the entry is relative to amplify/storage/). It subscribes to the triggers, the
 * functions and their origins only (references a tick leaves alone), and is memoized, so a tick does not render it.
 */
export const StorageTriggers = memo(function StorageTriggers() {
  const exists = useAppStore((s) => s.design.storages[s.storageIndex] !== undefined);
  const storageIndex = useAppStore((s) => s.storageIndex);
  const triggers = useAppStore((s) => s.design.storages[s.storageIndex]?.triggers);
  const functions = useAppStore((s) => s.design.functions);
  const origins = useAppStore((s) => s.design.functionOrigins);
  const edit = useAppStore((s) => s.edit);
  const store = useAppStoreApi();
  const labelId = useId();
  if (!exists) return null;
  return (
    <div className="storage-triggers" role="group" aria-labelledby={labelId}>
      <span id={labelId} className="label">
        Triggers
      </span>
      {EVENTS.map((event) => (
        <TriggerField
          key={event}
          fn={triggers?.[event]}
          functions={functions}
          origins={origins}
          design={() => store.getState().design}
          storageIndex={storageIndex}
          event={event}
          edit={edit}
        />
      ))}
    </div>
  );
});
