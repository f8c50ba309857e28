import { lazy, Suspense, useId, useState } from 'react';
import { Panel } from '../common/Panel';

// The reader (Babel's parser) and the views load on first use: not on the first screen.
const BucketViewsResult = lazy(() => import('./BucketViewsResult'));

/**
 * An existing bucket's amplify/backend.ts (as Amplify's guide writes it): what it cannot read,
 * with fixes, and per bucket what IAM enforces beside what the client library offers.
 */
export function BucketViewsPanel() {
  const [source, setSource] = useState('');
  const fieldId = useId();
  return (
    <Panel title="Existing bucket: server and client views" id="bucket-views">
      <div className="panel-body bucket-views">
        <label htmlFor={fieldId}>amplify/backend.ts</label>
        <textarea
          id={fieldId}
          className="bucket-views-source"
          rows={6}
          spellCheck={false}
          value={source}
          placeholder="Paste or drop a backend.ts that imports an existing bucket"
          onChange={(e) => setSource(e.target.value)}
          onDragOver={(e) => e.preventDefault()}
          onDrop={(e) => {
            const file = e.dataTransfer.files[0];
            if (!file) return;
            e.preventDefault();
            void file.text().then(setSource);
          }}
        />
        {source.trim() !== '' && (
          <Suspense fallback={<p className="muted">Reading…</p>}>
            <BucketViewsResult source={source} onSourceChange={setSource} />
          </Suspense>
        )}
      </div>
    </Panel>
  );
}
