// "Copy digest": Markdown of the tab's highlighted papers (or, when none are, the papers saved
// today) on the clipboard, with visible feedback on the button itself.
import { useState } from 'preact/hooks';
import { sendMessage, type TabPaper } from '@/utils/messaging';
import { toDigest, type DigestOptions, type DigestPaper } from '@/utils/export/digest';
import { localDay } from '@/utils/history/days';

type Done = '' | 'Copied' | 'Copy failed' | 'Nothing to copy';

/** What the digest lists: highlighted papers of the tab, else the reading list's papers saved today. */
async function digestText(papers: TabPaper[], url: string | null, now: Date): Promise<string | null> {
  const highlighted = papers.filter((p) => p.highlighted);
  let list: DigestPaper[] = highlighted;
  let source: DigestOptions['source'] = 'highlighted';
  if (!highlighted.length) {
    const today = localDay(now);
    list = (await sendMessage('getSaved', {})).filter((p) => localDay(new Date(p.savedAt)) === today).reverse();
    source = 'saved-today';
  }
  return list.length ? toDigest(list, { url, source, now }) : null;
}

export function CopyDigest({ papers, url }: { papers: TabPaper[]; url: string | null }) {
  const [done, setDone] = useState<Done>('');
  const some = papers.some((p) => p.highlighted);
  async function copy() {
    let result: Done;
    try {
      const text = await digestText(papers, url, new Date());
      if (text) await navigator.clipboard.writeText(text);
      result = text ? 'Copied' : 'Nothing to copy';
    } catch {
      result = 'Copy failed';
    }
    setDone(result);
    setTimeout(() => setDone(''), 1500);
  }
  return (
    <button
      type="button"
      class="copy-digest"
      title={some ? 'Markdown list of the highlighted papers, grouped by tag' : 'Markdown list of the papers you saved today'}
      onClick={() => void copy()}
      aria-live="polite"
    >
      {done || 'Copy digest'}
    </button>
  );
}
