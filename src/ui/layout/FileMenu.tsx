import { useRef, useState } from 'react';
import { serializeDesignFile } from '../../core';
import { useAppStore, useAppStoreApi } from '../../state';
import { downloadText } from '../exports/download';
import { openText } from './open-file';

/** Open a design file or resource.ts, save the design file (what the CLI reads too). */
export function FileMenu() {
  const loadDesign = useAppStore((s) => s.loadDesign);
  const store = useAppStoreApi();
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState('');
  return (
    <div className="header-group">
      <input
        ref={input}
        type="file"
        accept=".json,.ts,application/json,text/typescript"
        className="sr-only"
        tabIndex={-1}
        aria-hidden="true"
        onChange={async (e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (!file) return;
          const result = await openText(await file.text(), file.name);
          if (result.ok) loadDesign(result.design);
          setStatus(
            result.ok
              ? (result.note ?? `Opened ${file.name}`)
              : `Could not open ${file.name}: ${result.error}`,
          );
        }}
      />
      <button
        type="button"
        className="btn"
        onClick={() => input.current?.click()}
        title="Open a design file or amplify/storage/resource.ts"
      >
        Open…
      </button>
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
