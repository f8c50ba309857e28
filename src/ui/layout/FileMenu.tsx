import { useState } from 'react';
import { serializeDesignFile } from '../../core';
import { useAppStore, useAppStoreApi } from '../../state';
import { FilePickerButton } from '../common/FilePickerButton';
import { downloadText } from '../exports/download';
import { openText } from './open-file';

/** Open any file the project reads (as Import… does), save the design file (what the CLI reads too). */
export function FileMenu() {
  const loadDesign = useAppStore((s) => s.loadDesign);
  const store = useAppStoreApi();
  const [status, setStatus] = useState('');
  return (
    <div className="header-group">
      <FilePickerButton
        title="Open a design file, amplify/storage/resource.ts or amplify_outputs.json"
        onPick={async (text, name) => {
          const result = await openText(text, name);
          if (result.ok) loadDesign(result.design, result.source);
          setStatus(
            result.ok
              ? (result.note ?? `Opened ${name}`)
              : `Could not open ${name}: ${result.error}`,
          );
        }}
      >
        Open…
      </FilePickerButton>
      <button
        type="button"
        className="btn"
        onClick={() =>
          downloadText(
            'storage.access-matrix.json',
            serializeDesignFile(store.getState().design),
            'application/json',
          )
        }
        title="Save the design file (the CLI reads it too)"
      >
        Save design
      </button>
      <span className="file-status" role="status" title={status}>
        {status}
      </span>
    </div>
  );
}
