// Wires observe → parse → match → decorate on every huggingface.co/papers page.
// Reads state from the storage.local mirror (fast at document_start, live via onChanged);
// never opens IndexedDB (that would be huggingface.co's database).
import './style.css';
import { browser } from 'wxt/browser';
import { onMessage, sendMessage } from '@/utils/messaging';
import { type PageState } from '@/utils/types';
import { FOR_YOU_KEY, STATE_KEY } from '@/utils/state-key';
import { scorer, weightsOf } from '@/utils/rank/score';
import { forYouSort } from './for-you-sort';
import { observeAdded } from '@/utils/dom/observe';
import { Decorator } from './decorator';
import { flashButton, showCardError, type CardAction, type CardActionName } from './controls';
import { cardFeatures } from './features';
import { holdPaint } from './pending';
import { SeenTracker } from './seen';
import { keyboard } from './keyboard';

export default defineContentScript({
  matches: ['https://huggingface.co/papers*'],
  runAt: 'document_start',
  main(ctx) {
    const release = holdPaint();
    const act: CardAction = (id, action, button) =>
      void onCardAction(id, action, button).catch((e: Error) => {
        const verb = action === 'cite' ? 'copy the BibTeX of' : action;
        const message = `PaperSift could not ${verb} this paper: ${e?.message || 'the extension did not answer'}. Nothing was changed.`;
        for (const a of document.querySelectorAll(`[data-papersift-id="${CSS.escape(id)}"]`)) showCardError(a, message);
      });
    const seen = new SeenTracker(ctx, () => decorator.run());
    const decorator = new Decorator(
      document,
      () => location.href,
      [...cardFeatures(document, act), forYouSort(document, () => decorator.run()), seen.feature, keyboard(ctx)],
      // After the cards are painted: reading every field of new cards is not worth delaying them for.
      (cards) => ctx.requestIdleCallback(() => void sendMessage('reportPapers', { papers: cards.map((c) => c.paper) }).catch(() => {}), { timeout: 1000 }),
      () => ({ visit: seen.look }),
    );
    let state: PageState | null = null;
    /** The stored For you model (absent below 10 saved papers): every card scored with it. */
    const useModel = (stored: unknown) => {
      const m = weightsOf(stored);
      decorator.setScorer(m && scorer(m));
    };

    async function onCardAction(id: string, action: CardActionName, button: HTMLElement) {
      if (!state) return;
      if (action === 'cite') {
        const paper = decorator.paper(id);
        if (!paper) return;
        await navigator.clipboard.writeText(await sendMessage('bibtexOf', { paper }));
        return flashButton(button, 'Copied');
      }
      if (action === 'hide') return sendMessage('setManual', { id, hidden: true });
      if (state.savedIds.includes(id)) return sendMessage('removePapers', { ids: [id] });
      const paper = decorator.paper(id);
      if (paper) return sendMessage('savePaper', { paper });
    }

    const apply = (next: PageState | undefined) => {
      if (!next || ctx.isInvalid) return;
      state = next;
      decorator.setState(next);
      // Keep holding paint while the document streams in; cards are decorated as they arrive.
      if (document.readyState !== 'loading') release();
    };

    void browser.storage.local
      .get([STATE_KEY, FOR_YOU_KEY])
      .then((got) => {
        useModel(got[FOR_YOU_KEY]); // before the first pass: cards come scored (and sorted) at once
        const stored = got[STATE_KEY] as PageState | undefined;
        // A mirror written before an update may lack the rules' plan: the background writes a new one.
        return stored?.plan ? stored : sendMessage('getPageState');
      })
      .then(async (s) => (await seen.readyFor(s?.settings), s)) // what was seen before: no flicker
      .then(apply)
      .catch((e) => {
        console.warn('PaperSift: could not read its settings', e);
        release();
      });

    const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && changes[STATE_KEY]?.newValue) apply(changes[STATE_KEY].newValue as PageState);
      if (area === 'local' && changes[FOR_YOU_KEY]) useModel(changes[FOR_YOU_KEY].newValue);
    };
    browser.storage.onChanged.addListener(onStorage);
    ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onStorage));

    const added = observeAdded(document, () => decorator.run(), ctx.signal);
    decorator.quietDuringRuns(added);
    ctx.addEventListener(document, 'DOMContentLoaded', () => {
      added.flush();
      decorator.run();
      if (state) release();
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => decorator.run());

    ctx.onInvalidated(
      onMessage('listTabPapers', () => {
        added.flush(); // background tabs get no animation frames: answer with the page as it is now
        decorator.run();
        return decorator.tabPapers();
      }),
    );
    ctx.onInvalidated(() => decorator.teardown());
  },
});
