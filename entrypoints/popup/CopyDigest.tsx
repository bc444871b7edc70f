// "Copy digest": Markdown of the tab's highlighted papers (or, when none are, the papers saved
// today) on the clipboard, with visible feedback on the button itself.
import { sendMessage } from '@/utils/messaging';
import { type TabPaper } from '@/utils/types';
import { toDigest, type DigestOptions, type DigestPaper } from '@/utils/export/digest';
import { localDay } from '@/utils/history/days';
import { listingName } from '@/utils/page/listing-name';
import { FeedbackButton } from '@/components/FeedbackButton';

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
  return list.length ? toDigest(list, { listing: listingName(url, now), url, source, now }) : null;
}

export function CopyDigest({ papers, url }: { papers: TabPaper[]; url: string | null }) {
  const some = papers.some((p) => p.highlighted);
  async function copy() {
    const text = await digestText(papers, url, new Date());
    if (!text) return 'Nothing to copy';
    await navigator.clipboard.writeText(text);
    return 'Copied';
  }
  return (
    <FeedbackButton
      label="Copy digest"
      class="copy-digest"
      title={some ? 'Markdown list of the highlighted papers, grouped by tag' : 'Markdown list of the papers you saved today'}
      run={copy}
      failed="Copy failed"
    />
  );
}
