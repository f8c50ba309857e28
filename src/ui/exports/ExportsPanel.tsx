import { useId, useState } from 'react';
import { useAppStore, useAppStoreApi, useDerivedDesign } from '../../state';
import { CodeEditingView, EditAsCodeButton } from '../code/EditAsCode';
import { Panel } from '../common/Panel';
import { useDarkTheme } from '../layout/useTheme';
import { BucketFields } from './BucketFields';
import { CodeView } from './CodeView';
import { CopyButton } from './CopyButton';
import { downloadText } from './download';
import { EXPORT_FILES, type ExportFile } from './export-files';
import { ExportTabs } from './ExportTabs';

/** resource.ts, the IAM policies and amplify_outputs.json, viewed read-only, copied or downloaded. */
export function ExportsPanel() {
  const design = useDerivedDesign();
  const storageIndex = useAppStore((s) => s.storageIndex);
  const bucket = useAppStore((s) => s.bucket);
  const store = useAppStoreApi();
  const dark = useDarkTheme();
  const [selected, setSelected] = useState<ExportFile['id']>('resource');
  const [editing, setEditing] = useState(false);
  const base = useId();
  const idOf = (id: string, part: string) => `${base}${part}-${id}`;
  const file = EXPORT_FILES.find((f) => f.id === selected)!;
  const text = file.render(design, storageIndex, bucket);
  const editable = editing && file.id === 'resource';
  const download = (f: ExportFile) => {
    // The latest document, not the deferred one: a download right after an edit includes it.
    const { design: now, storageIndex: at, bucket: settings } = store.getState();
    downloadText(f.fileName(now, at), f.render(now, at, settings), f.mime);
  };
  return (
    <Panel title="Exports" id="exports" actions={<BucketFields />}>
      <div className="exports-bar">
        <ExportTabs files={EXPORT_FILES} selected={selected} onSelect={setSelected} idOf={idOf} />
        <EditAsCodeButton
          editing={editing}
          onToggle={() => {
            setEditing(!editing);
            setSelected('resource');
          }}
        />
        <span className="spacer" />
        <CopyButton text={text} what={file.tab} />
        <span className="bar-divider" aria-hidden="true" />
        <span className="label" aria-hidden="true">
          Download
        </span>
        {EXPORT_FILES.map((f) => (
          <button
            key={f.id}
            type="button"
            className="btn"
            aria-label={f.action}
            title={`${f.action} (${f.fileName(design, storageIndex)})`}
            onClick={() => download(f)}
          >
            <span aria-hidden="true">⤓</span> {f.tab}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={idOf(file.id, 'panel')}
        aria-labelledby={idOf(file.id, 'tab')}
        className="export-panel"
        style={{
          height: editable ? 520 : Math.min(560, Math.max(220, text.split('\n').length * 18 + 24)),
        }}
      >
        {editable ? (
          <CodeEditingView dark={dark} text={text} />
        ) : (
          <CodeView
            value={text}
            language={file.language}
            path={`file:///${file.id}/${file.fileName(design, storageIndex)}`}
            dark={dark}
            label={`${file.tab} (read-only)`}
          />
        )}
      </div>
    </Panel>
  );
}
