// "Copy BibTeX" for one paper: arXiv-shaped BibTeX on the clipboard, with visible feedback.
import { useState } from 'preact/hooks';
import { sendMessage, type TabPaper } from '@/utils/messaging';
import { stripView } from '@/utils/tab-view';

export function CopyBibtex({ paper }: { paper: TabPaper }) {
  const [done, setDone] = useState<'' | 'Copied' | 'Copy failed'>('');
  async function copy() {
    try {
      await navigator.clipboard.writeText(await sendMessage('bibtexOf', { paper: stripView(paper) }));
      setDone('Copied');
    } catch {
      setDone('Copy failed');
    }
    setTimeout(() => setDone(''), 1500);
  }
  return (
    <button type="button" onClick={() => void copy()} aria-live="polite">
      {done || 'Copy BibTeX'}
    </button>
  );
}
