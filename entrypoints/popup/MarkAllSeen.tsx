// "Mark all as seen": every paper on the tab's listing counts as seen now; its New marks go at once.
import { sendMessage } from '@/utils/messaging';
import { FeedbackButton } from '@/components/FeedbackButton';

export function MarkAllSeen({ tabId }: { tabId: number }) {
  async function mark() {
    const { cleared } = await sendMessage('markAllSeen', undefined, tabId);
    return cleared ? `${cleared} marked seen` : 'All seen';
  }
  return (
    <FeedbackButton
      label="Mark all as seen"
      class="mark-seen"
      title="Count every paper on this page as seen: the New marks go, and next visit only papers added after now are new"
      run={mark}
      failed="Could not mark"
    />
  );
}
