// Settings → "Sync with my browser account" (issue 19): the opt-in checkbox and the status line.
import { useEffect } from 'preact/hooks';
import { sendMessage } from '@/utils/messaging';
import { statusText } from '@/utils/sync/status';
import { useFeedback } from '@/components/library/feedback';
import { useSyncStatus } from '@/hooks/use-sync-status';

const time = (ms: number) => new Date(ms).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** `onReceived`: papers changed by another machine (the reading list asks again). */
export function SyncSettings({ onReceived }: { onReceived(): void }) {
  const { fail } = useFeedback();
  const [status, setStatus] = useSyncStatus(fail);
  useEffect(() => {
    if (status?.lastReceived) onReceived();
  }, [status?.lastReceived]);

  async function toggle(enabled: boolean) {
    try {
      setStatus(await sendMessage('setSyncEnabled', { enabled }));
    } catch (e) {
      fail(e);
    }
  }

  const unavailable = status && !status.available;
  return (
    <fieldset class="sync">
      <legend>Sync</legend>
      <label>
        <input
          type="checkbox"
          checked={!!status?.enabled}
          disabled={!status || !!unavailable}
          aria-describedby="sync-why"
          onChange={(e) => void toggle(e.currentTarget.checked)}
        />
        Sync with my browser account
      </label>
      <p id="sync-why" class="hint">
        {unavailable
          ? `Not available: ${status.reason}`
          : 'Rules, settings, hide/highlight choices and your saved papers’ tags, status and notes travel through your browser’s own sync (Chrome Sync or Firefox Sync). See the README for what is sent and to whom.'}
      </p>
      <p role="status" class="sync-status">
        {status && !unavailable ? statusText(status, time) : ''}
      </p>
    </fieldset>
  );
}
