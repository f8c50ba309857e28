import { useState } from 'react';
import { useSession, useSessionStatus } from '../../state';
import { Banner } from './Banner';

/** A design from a link is on screen; the user's own stays saved until they keep this one. */
export function SharedBanner() {
  const session = useSession();
  const shared = useSessionStatus((s) => s.shared);
  const [done, setDone] = useState('');
  if (!session) return null;
  return (
    <>
      {shared && (
        <Banner
          tone="info"
          role="status"
          title="Viewing a shared design"
          actions={
            <>
              <button
                type="button"
                className="btn btn-primary"
                onClick={() => {
                  session.keepShared();
                  setDone(
                    'This design is now yours and saved. Undo brings back the one it replaced.',
                  );
                }}
              >
                Keep this design
              </button>
              <button
                type="button"
                className="btn"
                onClick={() => {
                  session.backToOwn();
                  setDone('Back to your own design.');
                }}
              >
                Back to my design
              </button>
            </>
          }
        >
          It came from a link. Your own design is saved and untouched; changes here are not saved
          unless you keep this design.
        </Banner>
      )}
      <p className="sr-only" role="status">
        {shared ? '' : done}
      </p>
    </>
  );
}
