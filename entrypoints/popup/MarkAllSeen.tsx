// "Mark all as seen": every paper on the tab's listing counts as seen now; its New marks go at once.
import { useState } from 'preact/hooks';
import { sendMessage } from '@/utils/messaging';

export function MarkAllSeen({ tabId }: { tabId: number }) {
  const [done, setDone] = useState('');
  async function mark() {
    let text: string;
    try {
      const { cleared } = await sendMessage('markAllSeen', undefined, tabId);
      text = cleared ? `${cleared} marked seen` : 'All seen';
    } catch {
      text = 'Could not mark';
    }
    setDone(text);
    setTimeout(() => setDone(''), 1500);
  }
  return (
    <button
      type="button"
      class="mark-seen"
      title="Count every paper on this page as seen: the New marks go, and next visit only papers added after now are new"
      onClick={() => void mark()}
      aria-live="polite"
    >
      {done || 'Mark all as seen'}
    </button>
  );
}
