import { useSession, useSessionStatus } from '../../state';
import { Banner } from './Banner';

/** A share link that could not be opened: what is wrong, and that the user's own design is shown. */
export function LinkErrorBanner() {
  const session = useSession();
  const error = useSessionStatus((s) => s.linkError);
  const shared = useSessionStatus((s) => s.shared);
  if (!session || error === null) return null;
  return (
    <Banner
      tone="error"
      role="alert"
      title="This share link could not be opened"
      actions={
        <button type="button" className="btn" onClick={() => session.dismissLinkError()}>
          Dismiss
        </button>
      }
    >
      {error} {shared ? 'The design shown is the one opened before.' : 'Showing your own design.'}
    </Banner>
  );
}
