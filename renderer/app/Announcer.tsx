/** The window's live region (see announce.ts); invisible, read by screen readers. */
import { useAnnouncement } from './announce.js';

export function Announcer() {
  const message = useAnnouncement();
  return (
    <div className="visually-hidden" role="status" data-testid="announcer">
      {message}
    </div>
  );
}
