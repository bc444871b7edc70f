// For you: what the model learnt from and when, and a Reset. Below 10 saved papers it says what
// unlocks the score. Follows the model as the background retrains (storage.local mirror).
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage } from '@/utils/messaging';
import type { ForYouStatus } from '@/utils/rank/status';
import { FOR_YOU_KEY } from '@/utils/state-key';
import { useFeedback } from '@/components/library/feedback';

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function statusLine(s: ForYouStatus): string {
  if (!s.model) {
    const more = s.minSaved - s.saved;
    return more > 0
      ? `For you ranks every listing by your own interests once your reading list holds ${s.minSaved} papers: save ${more} more to unlock it (${s.saved} saved so far).`
      : 'Learning from your reading list…';
  }
  const m = s.model;
  return `Trained on ${m.saved} saved and ${m.passed} passed-over papers (and ${m.hidden} hidden), ${when(m.trainedAt)}.`;
}

export function ForYouSection({ savedIds }: { savedIds: readonly string[] | undefined }) {
  const { fail } = useFeedback();
  const [status, setStatus] = useState<ForYouStatus | null>(null);
  const refresh = () => void sendMessage('forYouStatus').then(setStatus).catch(fail);
  useEffect(refresh, [savedIds]);
  useEffect(() => {
    const onChange = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && FOR_YOU_KEY in changes) refresh();
    };
    browser.storage.onChanged.addListener(onChange);
    return () => browser.storage.onChanged.removeListener(onChange);
  }, []);
  return (
    <section id="for-you" aria-label="For you">
      <h2>For you</h2>
      <p>
        Cards on the listings get a score from 0 to 100 for how close each paper is to the ones you saved, learnt in
        your browser from the papers you save, hide and pass over. Nothing is sent anywhere.
      </p>
      <p role="status">{status ? statusLine(status) : ''}</p>
      {status?.model && (
        <p>
          <button type="button" onClick={() => void sendMessage('resetForYou').then(setStatus).catch(fail)}>
            Reset
          </button>{' '}
          <span class="hint">Forgets the papers you passed over so far and learns again from your saved and hidden papers.</span>
        </p>
      )}
      {status?.since && <p class="hint">Reset {when(status.since)}: papers passed over before then do not count.</p>}
    </section>
  );
}
