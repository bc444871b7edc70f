// Preact hook: sync's status, live (the background republishes it into storage.local after each cycle).
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage } from '@/utils/messaging';
import { SYNC_STATUS_KEY, type SyncStatus } from '@/utils/sync/status';

export function useSyncStatus(onError: (e: unknown) => void): [SyncStatus | null, (s: SyncStatus) => void] {
  const [status, setStatus] = useState<SyncStatus | null>(null);
  useEffect(() => {
    void sendMessage('getSyncStatus').then(setStatus, onError);
    const onChange = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      const next = changes[SYNC_STATUS_KEY]?.newValue as SyncStatus | undefined;
      if (area === 'local' && next) setStatus((s) => (s ? { ...s, ...next, available: s.available, reason: s.reason } : next));
    };
    browser.storage.onChanged.addListener(onChange);
    return () => browser.storage.onChanged.removeListener(onChange);
  }, []);
  return [status, setStatus];
}
