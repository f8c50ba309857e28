import { resourceTsOf, useDerivedDesign } from '../../state';
import { Panel } from '../common/Panel';

/** The rules as the resource.ts that writes them: plain text, nothing to tick. */
export function ReadOnlyRules() {
  const source = resourceTsOf(useDerivedDesign());
  return (
    <Panel title="Access rules" id="rules" note="amplify/storage/resource.ts (read-only)">
      <pre className="embed-rules" tabIndex={0} aria-label="amplify/storage/resource.ts">
        {source}
      </pre>
    </Panel>
  );
}
