// The popup: the papers of one tab (active tab, or ?tab=<id>), per-paper toggles, the quick
// rule form, the pause switch and the summary line (SPEC.md popup contract).
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage } from '@/utils/messaging';
import { type TabPapers } from '@/utils/types';
import { usePageState } from '@/hooks/use-page-state';
import { summaryLine, tabView } from '@/utils/view/tab-papers';
import { RuleForm } from '@/components/RuleForm';
import { PauseSwitch } from '@/components/PauseSwitch';
import { PaperList } from './PaperList';
import { CopyDigest } from './CopyDigest';
import { MarkAllSeen } from './MarkAllSeen';
import { KeyboardHelp } from './KeyboardHelp';
import { ForYouOrder, ordered, useScorer, useScores } from './ForYouOrder';

async function targetTabId(): Promise<number | undefined> {
  const fromUrl = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

type Load = { status: 'loading' } | { status: 'ready'; tab: TabPapers; tabId: number } | { status: 'absent' };

export function App() {
  const state = usePageState();
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [error, setError] = useState('');
  const [sorted, setSorted] = useState(false);

  useEffect(() => {
    void (async () => {
      const tabId = await targetTabId();
      if (tabId === undefined) return setLoad({ status: 'absent' });
      try {
        setLoad({ status: 'ready', tab: await sendMessage('listTabPapers', undefined, tabId), tabId });
      } catch {
        setLoad({ status: 'absent' }); // no content script: not a papers page
      }
    })();
  }, [state?.savedIds.length, state?.rules]);

  const papers = useMemo(
    () => (load.status === 'ready' && state ? tabView(load.tab.papers, state, load.tab.kind !== 'paper') : []),
    [load, state],
  );
  const scores = useScores(papers, useScorer());

  return (
    <main class="popup">
      <header>
        <h1>PaperSift</h1>
        <PauseSwitch paused={!!state?.settings.paused} />
      </header>
      {/* Not before the state is read too: else it would say "0 papers" for a moment (tabView needs it). */}
      {load.status === 'ready' && state && (
        <div class="summary-row">
          <p role="status" class="summary">
            {summaryLine(papers)}
          </p>
          {load.tab.kind && load.tab.kind !== 'paper' && <MarkAllSeen tabId={load.tabId} />}
          <CopyDigest papers={papers} url={load.tab.url} />
        </div>
      )}
      {load.status === 'absent' && (
        <p class="empty">
          Open a Hugging Face papers page (huggingface.co/papers) to sift its papers.
        </p>
      )}
      {load.status === 'ready' && load.tab.health === 'no-cards' && (
        <p class="empty" role="alert">
          No papers recognised on this page. Hugging Face may have changed its layout; PaperSift leaves the page as it is.
        </p>
      )}
      <RuleForm />
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {load.status === 'ready' && state && load.tab.kind !== 'paper' && papers.length > 0 && (
        <ForYouOrder saved={state.savedIds.length} scored={scores.size > 0} sorted={sorted} onSort={setSorted} />
      )}
      {load.status === 'ready' && papers.length > 0 && (
        <PaperList papers={ordered(papers, scores, sorted)} scores={scores} state={state!} onError={setError} />
      )}
      <KeyboardHelp />
      <footer>
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noopener">
          Open Library
        </a>
      </footer>
    </main>
  );
}
