import { useSession, useSessionStatus } from '../../state';
import { Banner } from './Banner';

/** Another tab saved after this one: load its version, or keep this one (and save it over). */
export function ConflictBanner() {
  const session = useSession();
  const conflict = useSessionStatus((s) => s.conflict);
  if (!session || !conflict) return null;
  return (
    <Banner
      tone="warn"
      role="alert"
      title="This design was changed in another tab"
      actions={
        <>
          <button type="button" className="btn" onClick={() => session.loadOtherTab()}>
            Load the other tab's version
          </button>
          <button type="button" className="btn" onClick={() => session.keepMine()}>
            Keep mine
          </button>
        </>
      }
    >
      Another tab saved a newer version. Nothing here is saved until you choose: loading it can be
      undone; keeping yours saves it over the other tab's.
    </Banner>
  );
}
