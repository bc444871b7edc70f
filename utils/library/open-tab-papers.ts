// The papers on the reader's open Hugging Face papers tabs, as their content scripts report
// them: what the Rules section counts matches against and previews a rule on.
import { browser } from 'wxt/browser';
import { sendMessage } from '@/utils/messaging';
import type { PaperInfo } from '@/utils/types';

export interface OpenTabPapers {
  papers: PaperInfo[];
  tabs: number;
}

export async function loadOpenTabPapers(): Promise<OpenTabPapers> {
  const tabs = await browser.tabs.query({ url: 'https://huggingface.co/papers*' });
  const byId = new Map<string, PaperInfo>();
  let answered = 0;
  await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined) return;
      try {
        const { papers } = await sendMessage('listTabPapers', undefined, tab.id);
        answered++;
        // Only the paper's own data: the view fields describe the tab's current decoration.
        for (const { tags: _t, highlighted: _h, hidden: _x, saved: _s, reasons: _r, ...info } of papers)
          if (!byId.has(info.id)) byId.set(info.id, info);
      } catch {
        // A tab still loading, discarded, or without the content script: skip it.
      }
    }),
  );
  return { papers: [...byId.values()], tabs: answered };
}
