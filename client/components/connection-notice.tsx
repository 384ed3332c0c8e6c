import { useEffect, useState } from 'react';
import { useOnline } from '../lib/use-online';

/**
 * Says at once when the device goes offline, and when the connection is back: every
 * page asks the server for something. The live region is always there, so the change
 * is announced; it is empty while all is well.
 */
export function ConnectionNotice() {
  const online = useOnline();
  const [wasOffline, setWasOffline] = useState(!online);
  useEffect(() => {
    if (!online) setWasOffline(true);
  }, [online]);
  return (
    <div role="status" className="connection-notice screen-only">
      {!online && (
        <p className="inset inset-warning">
          <strong>This device is offline.</strong> Your answers stay in this browser tab. Creating or showing a summary
          needs the connection: when it is back, select &ldquo;Try again&rdquo; or &ldquo;Create summary&rdquo;.
        </p>
      )}
      {online && wasOffline && (
        <p className="inset inset-success">
          <strong>The connection is back.</strong> If something could not be created or loaded, select &ldquo;Try
          again&rdquo;.
        </p>
      )}
    </div>
  );
}
