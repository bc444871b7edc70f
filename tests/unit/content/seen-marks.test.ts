// @vitest-environment happy-dom
import { expect, it, vi } from 'vitest';
import { seenMarks } from '@/entrypoints/papers.content/seen-marks';
import { AGENTSCOPE, KANDINSKY, NEOHORSE, rule, state, trending } from './page';

const base = { prev: new Set([KANDINSKY, NEOHORSE]), anywhere: new Set<string>() };
const visit = (unfolded: string[] = []) => ({ visit: { listing: true, base, unfolded: new Set(unfolded) } });

it('new papers are marked new; seen ones marked seen, dimmed or folded behind an "Unfold" line as the setting says', () => {
  const { doc, article, view } = trending();
  const unfold = vi.fn();
  const f = seenMarks(doc, unfold);
  const fold = state([], {}, { seenMode: 'fold' });
  f.apply(article(AGENTSCOPE), view(AGENTSCOPE, fold, 'trending', visit()));
  expect([article(AGENTSCOPE).hasAttribute('data-papersift-new'), article(AGENTSCOPE).hasAttribute('data-papersift-seen')]).toEqual([true, false]);
  f.apply(article(NEOHORSE), view(NEOHORSE, state([], {}, { seenMode: 'dim' }), 'trending', visit()));
  expect(article(NEOHORSE).getAttribute('data-papersift-seen')).toBe('dim');
  const a = article(KANDINSKY);
  f.apply(a, view(KANDINSKY, fold, 'trending', visit()));
  expect(a.getAttribute('data-papersift-seen')).toBe('fold');
  const line = a.previousElementSibling!;
  expect(line.getAttribute('data-papersift-seen-placeholder')).toBe(KANDINSKY);
  expect(line.textContent).toContain('Seen before');
  line.querySelector('button')!.click();
  expect(unfold).toHaveBeenCalledWith(KANDINSKY);
  // Unfolded for this visit: marked seen only, the line goes; a highlight rule is never folded either.
  f.apply(a, view(KANDINSKY, fold, 'trending', visit([KANDINSKY])));
  expect([a.getAttribute('data-papersift-seen'), a.previousElementSibling?.hasAttribute('data-papersift-seen-placeholder') ?? false]).toEqual(['', false]);
  f.apply(a, view(KANDINSKY, state([rule('video', 'highlight')], {}, { seenMode: 'fold' }), 'trending', visit()));
  expect(a.getAttribute('data-papersift-seen')).toBe('');
});

it('paused: nothing new or seen; undo and stop take every mark and line away', () => {
  const { doc, article, view } = trending();
  const f = seenMarks(doc, () => {});
  const fold = state([], {}, { seenMode: 'fold' });
  f.apply(article(KANDINSKY), view(KANDINSKY, fold, 'trending', visit()));
  f.apply(article(AGENTSCOPE), view(AGENTSCOPE, fold, 'trending', visit()));
  f.apply(article(KANDINSKY), view(KANDINSKY, state([], {}, { seenMode: 'fold', paused: true }), 'trending', visit()));
  expect(article(KANDINSKY).hasAttribute('data-papersift-seen')).toBe(false);
  expect(doc.querySelectorAll('[data-papersift-seen-placeholder]')).toHaveLength(0);
  f.apply(article(KANDINSKY), view(KANDINSKY, fold, 'trending', visit()));
  f.stop!();
  expect(doc.querySelectorAll('[data-papersift-new], [data-papersift-seen], [data-papersift-seen-placeholder]')).toHaveLength(0);
});
