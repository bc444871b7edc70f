// "Copy BibTeX" for one paper: arXiv-shaped BibTeX on the clipboard, with visible feedback.
import { sendMessage } from '@/utils/messaging';
import { type TabPaper } from '@/utils/types';
import { stripView } from '@/utils/view/tab-papers';
import { FeedbackButton } from '@/components/FeedbackButton';

export function CopyBibtex({ paper }: { paper: TabPaper }) {
  async function copy() {
    await navigator.clipboard.writeText(await sendMessage('bibtexOf', { paper: stripView(paper) }));
    return 'Copied';
  }
  return <FeedbackButton label="Copy BibTeX" run={copy} failed="Copy failed" />;
}
