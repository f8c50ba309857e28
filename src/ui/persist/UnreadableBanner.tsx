import { useSession, useSessionStatus } from '../../state';
import { downloadText } from '../exports/download';
import { Banner } from './Banner';

/** Saved data this app cannot open: kept untouched until the user downloads it or starts fresh. */
export function UnreadableBanner() {
  const session = useSession();
  const unreadable = useSessionStatus((s) => s.unreadable);
  if (!session || !unreadable) return null;
  return (
    <Banner
      tone="error"
      role="alert"
      title={
        unreadable.reason === 'newer'
          ? 'Your saved design was saved by a newer Access Matrix'
          : 'Your saved design could not be opened'
      }
      actions={
        <>
          <button
            type="button"
            className="btn"
            onClick={() =>
              downloadText('access-matrix-saved-data.json', session.savedText(), 'application/json')
            }
          >
            Download saved data
          </button>
          <button type="button" className="btn" onClick={() => session.startFresh()}>
            Start fresh
          </button>
        </>
      }
    >
      {unreadable.message} It stays as it is until you choose: nothing is saved meanwhile. Download
      it to keep a copy, or start fresh to save what you see now over it.
    </Banner>
  );
}
