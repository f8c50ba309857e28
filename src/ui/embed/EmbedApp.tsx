import type { EmbedOptions } from '../../state';
import { DesignPanel } from '../design/DesignPanel';
import { useThemeAttribute } from '../layout/useTheme';
import { MatrixPanel } from '../matrix/MatrixPanel';
import { EmbedBar } from './EmbedBar';
import { ReadOnlyRules } from './ReadOnlyRules';
import { useAutoHeight } from './useAutoHeight';
import './embed.css';

interface EmbedAppProps {
  options: EmbedOptions;
  /** Why the link's design could not be shown. */
  error: string | null;
  fromLink: boolean;
}

/**
 * A design for an iframe in docs: the matrix first, the rules below when asked for (as text when
 * read-only), no page chrome, and never anything saved (a docs reader's own design is not touched).
 */
export function EmbedApp({ options, error, fromLink }: EmbedAppProps) {
  useThemeAttribute();
  useAutoHeight();
  const editable = !options.readonly;
  return (
    <div className="embed" data-readonly={options.readonly || undefined}>
      <EmbedBar editable={editable && options.editor} />
      {error ? (
        <p className="embed-error" role="alert">
          This embedded design could not be opened. {error}
        </p>
      ) : (
        <>
          {!fromLink && (
            <p className="hint embed-note">
              This link holds no design: showing the example design.
            </p>
          )}
          <MatrixPanel />
          {options.editor && (editable ? <DesignPanel /> : <ReadOnlyRules />)}
        </>
      )}
    </div>
  );
}
