import { ImportNotice } from '../import/ImportNotice';
import { ConflictBanner } from './ConflictBanner';
import { LinkErrorBanner } from './LinkErrorBanner';
import { SharedBanner } from './SharedBanner';
import { UnreadableBanner } from './UnreadableBanner';

/** What the user should know about this session, under the header: each renders only when needed. */
export function SessionBanners() {
  return (
    <div className="banners">
      <UnreadableBanner />
      <LinkErrorBanner />
      <SharedBanner />
      <ConflictBanner />
      <ImportNotice />
    </div>
  );
}
