import { Component, Fragment, useId, type ReactNode } from 'react';
import './ErrorBoundary.css';

interface Props {
  /** The panel's id, for the dev-only crash switch (`?crash=<id>`). */
  readonly id: string;
  /** The panel's title, repeated on the message that replaces it. */
  readonly title: string;
  readonly children: ReactNode;
}

interface State {
  readonly error: Error | null;
  /** Bumped by "Try again": the children mount afresh under a new key. */
  readonly attempt: number;
}

/**
 * Keeps a failure in one panel: the panel is replaced by what went wrong and a "Try again" that
 * mounts it afresh, while every other panel, the store and the design stay as they were. React
 * logs the error itself (console.error), so nothing more is done with it here.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  private readonly retry = () =>
    this.setState(({ attempt }) => ({ error: null, attempt: attempt + 1 }));

  override render() {
    const { error, attempt } = this.state;
    const { id, title, children } = this.props;
    if (error) return <PanelFailed title={title} error={error} onRetry={this.retry} />;
    return (
      <Fragment key={attempt}>
        <CrashSwitch id={id} attempt={attempt} />
        {children}
      </Fragment>
    );
  }
}

function PanelFailed({
  title,
  error,
  onRetry,
}: {
  title: string;
  error: Error;
  onRetry: () => void;
}) {
  const headingId = useId();
  const message = error.message.length > 300 ? `${error.message.slice(0, 300)}…` : error.message;
  return (
    <section className="panel panel-failed" aria-labelledby={headingId}>
      <div className="panel-head">
        <h2 id={headingId}>{title}</h2>
      </div>
      <div className="panel-body">
        <p role="alert">
          This panel stopped working: <code>{message || error.name}</code>
        </p>
        <p className="panel-note">The rest of the app still works; your design is unchanged.</p>
        <button type="button" className="btn" onClick={onRetry}>
          Try again
        </button>
      </div>
    </section>
  );
}

/**
 * Development builds only: `?crash=<panel id>` makes that panel throw while rendering until
 * "Try again", so the boundary can be seen and tested (e2e/hardening.spec.ts). In production
 * `import.meta.env.DEV` is the constant false and the whole check is compiled away.
 */
function CrashSwitch({ id, attempt }: { id: string; attempt: number }) {
  if (import.meta.env.DEV && attempt === 0) {
    const wanted = new URLSearchParams(window.location.search).get('crash');
    if (wanted === id) throw new Error(`Crash requested for the ${id} panel (?crash=${id})`);
  }
  return null;
}
