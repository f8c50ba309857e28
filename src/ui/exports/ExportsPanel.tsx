import { memo, useId, useMemo, useRef, useState, type RefObject } from 'react';
import type { Design } from '../../core';
import { exportTextOf, useAppStore, useAppStoreApi, useDerivedDesign } from '../../state';
import { CodeEditingView, EditAsCodeButton } from '../code/EditAsCode';
import { SourceChanges } from '../compare/SourceChanges';
import { Panel } from '../common/Panel';
import { useHeldWhile } from '../common/useHeldWhile';
import { useNearViewport } from '../common/useNearViewport';
import { useDarkTheme } from '../layout/useTheme';
import { BucketFields } from './BucketFields';
import { CodeView } from './CodeView';
import { CopyButton } from './CopyButton';
import { downloadText } from './download';
import { EXPORT_FILES, type ExportFile } from './export-files';
import { ExportTabs } from './ExportTabs';

/**
 * resource.ts, the IAM policies and amplify_outputs.json, viewed read-only, copied or downloaded.
 * Off screen, an edit renders no export: the panel keeps the design it last showed, so its
 * (long) text is neither rendered nor laid out again until the panel comes near the screen, and
 * the view, memoized on that design, is not rendered at all (nor its bucket fields).
 */
export function ExportsPanel() {
  const design = useDerivedDesign();
  const box = useRef<HTMLDivElement>(null);
  const shown = useHeldWhile(useNearViewport(box), design);
  return <ExportsView design={shown} box={box} />;
}

const ExportsView = memo(function ExportsView({
  design,
  box,
}: {
  /** The design shown: the latest while the panel is near the screen (`useHeldWhile`). */
  design: Design;
  box: RefObject<HTMLDivElement | null>;
}) {
  const storageIndex = useAppStore((s) => s.storageIndex);
  const bucket = useAppStore((s) => s.bucket);
  const source = useAppStore((s) => s.source);
  const store = useAppStoreApi();
  const dark = useDarkTheme();
  const [selected, setSelected] = useState<ExportFile['id']>('resource');
  const [editing, setEditing] = useState(false);
  const base = useId();
  const idOf = (id: string, part: string) => `${base}${part}-${id}`;
  const file = EXPORT_FILES.find((f) => f.id === selected)!;
  const [text, lines] = useMemo(() => {
    const t = exportTextOf(file.format, design, storageIndex, bucket, source);
    let n = 1;
    for (let i = t.indexOf('\n'); i >= 0; i = t.indexOf('\n', i + 1)) n++;
    return [t, n] as const;
  }, [file, design, storageIndex, bucket, source]);
  const editable = editing && file.id === 'resource';
  const download = (f: ExportFile) => {
    // The latest document, not the deferred one: a download right after an edit includes it.
    const { design: now, storageIndex: at, bucket: settings, source: from } = store.getState();
    downloadText(
      f.format.fileName(now, at),
      exportTextOf(f.format, now, at, settings, from),
      f.format.mediaType,
    );
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
        <CopyButton
          text={() => {
            const {
              design: now,
              storageIndex: at,
              bucket: settings,
              source: from,
            } = store.getState();
            return exportTextOf(file.format, now, at, settings, from);
          }}
          what={file.tab}
        />
        {/* One unit: the label and its buttons wrap together, never a lone button on a line. */}
        <span className="download-group">
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
              title={`${f.action} (${f.format.fileName(design, storageIndex)})`}
              onClick={() => download(f)}
            >
              <span aria-hidden="true">⤓</span> {f.tab}
            </button>
          ))}
        </span>
      </div>
      <div
        ref={box}
        role="tabpanel"
        id={idOf(file.id, 'panel')}
        aria-labelledby={idOf(file.id, 'tab')}
        className="export-panel"
        style={{
          height: editable ? 520 : Math.min(560, Math.max(220, lines * 18 + 24)),
        }}
      >
        {editable ? (
          <CodeEditingView dark={dark} text={text} />
        ) : (
          <CodeView
            value={text}
            language={file.language}
            path={`file:///${file.id}/${file.format.fileName(design, storageIndex)}`}
            dark={dark}
            label={`${file.tab} (read-only)`}
          />
        )}
      </div>
      {source && file.id === 'resource' && <SourceChanges design={design} source={source} />}
    </Panel>
  );
});
