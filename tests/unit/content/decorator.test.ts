// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { Decorator } from '@/entrypoints/papers.content/decorator';
import { cardFeatures } from '@/entrypoints/papers.content/features';
import type { PageFeature } from '@/entrypoints/papers.content/feature';
import { TRENDING_URL } from '../page/load';
import { AGENTSCOPE, KANDINSKY, NEOHORSE, marksIn, rule, state, trending } from './page';

const rules = [rule('video', 'highlight'), rule('agentic', 'hide'), rule('routing', 'tag')];

/** A feature that records what it is asked, and shows the view's saved state as an attribute. */
function probe() {
  const applied: string[] = [];
  const f: PageFeature = {
    apply: (a, v) => (applied.push(v.card.id), a.setAttribute('data-probe', String(v.saved))),
    undo: (a) => a.removeAttribute('data-probe'),
    afterPass: vi.fn(),
    stop: vi.fn(),
  };
  return { f, applied };
}

function decorated(extra: PageFeature[] = []) {
  const page = trending();
  const main = page.doc.querySelector('main')!;
  const before = main.innerHTML;
  const d = new Decorator(page.doc, () => TRENDING_URL, [...cardFeatures(page.doc, () => {}), ...extra]);
  return { ...page, d, main, before };
}

/** DOM writes while fn runs (the decorator's own observer is paused during its passes, ours is not). */
async function writes(doc: Document, fn: () => void): Promise<number> {
  let n = 0;
  const mo = new MutationObserver((recs) => (n += recs.length));
  mo.observe(doc, { subtree: true, childList: true, attributes: true, characterData: true });
  fn();
  await Promise.resolve();
  n += mo.takeRecords().length;
  mo.disconnect();
  return n;
}

describe('decorator', () => {
  it('decorates every card (SPEC page contract) and, torn down, leaves the page exactly as it was', () => {
    const { d, doc, main, before, article } = decorated();
    d.setState(state(rules, { savedIds: [NEOHORSE] }));
    expect(article(KANDINSKY).getAttribute('data-papersift-highlight')).toBe('#ffe08a');
    expect(marksIn(article(KANDINSKY)).length).toBeGreaterThan(0);
    expect(article(AGENTSCOPE).getAttribute('data-papersift-hidden')).toBe('agentic');
    expect(article(NEOHORSE).hasAttribute('data-papersift-saved')).toBe(true);
    expect(doc.querySelectorAll('article[data-papersift-id] > [data-papersift-controls]')).toHaveLength(3);
    expect(d.tabPapers().papers.map((p) => [p.id, p.highlighted, p.hidden, p.saved])).toEqual([
      [KANDINSKY, true, null, false], [NEOHORSE, false, 'agentic', true], [AGENTSCOPE, false, 'agentic', false],
    ]);
    d.teardown();
    expect(main.innerHTML).toBe(before);
    expect(doc.querySelector('style[data-papersift-ui]')).toBeNull();
  });

  it('a pass with nothing changed writes nothing; a new state touches only the cards whose view changed', async () => {
    const { f, applied } = probe();
    const { d, doc } = decorated([f]);
    d.setState(state(rules));
    expect(applied).toEqual([KANDINSKY, NEOHORSE, AGENTSCOPE]);
    expect(await writes(doc, () => d.run())).toBe(0);
    expect(await writes(doc, () => d.setState(state(rules)))).toBe(0); // an equal state: same views
    applied.length = 0;
    d.setState(state(rules, { savedIds: [AGENTSCOPE] }));
    expect(applied).toEqual([AGENTSCOPE]);
    expect(f.afterPass).toHaveBeenCalledTimes(4);
    d.teardown();
    expect(f.stop).toHaveBeenCalledTimes(1);
    expect(doc.querySelector('[data-probe]')).toBeNull();
  });

  it('a card the page re-rendered is decorated again; pausing takes highlights, marks and placeholders away', () => {
    const { d, doc, card, article } = decorated();
    d.setState(state(rules));
    const title = card(KANDINSKY).titles[0];
    title.textContent = title.textContent; // the page writes its text again: our marks are gone
    d.run();
    expect(marksIn(title).length).toBeGreaterThan(0);
    d.setState(state(rules, {}, { paused: true }));
    expect(doc.querySelectorAll('[data-papersift-highlight], [data-papersift-hidden], mark[data-papersift-mark], [data-papersift-placeholder]')).toHaveLength(0);
    expect(article(KANDINSKY).getAttribute('data-papersift-tags')).toBe('video'); // tags and controls may stay
  });

  it('a card built by the page from decorated nodes loses what does not belong to it', () => {
    const { d, doc, article } = decorated();
    d.setState(state(rules));
    // The page replaces the hidden card with a copy of the highlighted one, under another paper's link.
    const copy = article(KANDINSKY).cloneNode(true) as Element;
    for (const a of copy.querySelectorAll('a[href]')) a.setAttribute('href', a.getAttribute('href')!.replace(KANDINSKY, '2501.00001'));
    copy.removeAttribute('data-papersift-id');
    article(AGENTSCOPE).replaceWith(copy);
    d.setState(state([rule('agentic', 'hide')]));
    expect(copy.getAttribute('data-papersift-id')).toBe('2501.00001');
    expect(copy.hasAttribute('data-papersift-highlight')).toBe(false);
    expect(marksIn(copy)).toEqual([]);
    expect(copy.querySelectorAll('[data-papersift-controls]')).toHaveLength(1);
    expect(doc.querySelectorAll('[data-papersift-placeholder]')).toHaveLength(1); // NeoHorse's: the one left in front of the copy is gone
  });
});
