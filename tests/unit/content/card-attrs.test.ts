// @vitest-environment happy-dom
import { expect, it } from 'vitest';
import { cardAttrs } from '@/entrypoints/papers.content/card-attrs';
import { KANDINSKY, rule, state, trending } from './page';

it('tags of every matching rule and the saved state, kept while paused; undo takes them away', () => {
  const { article, view } = trending();
  const a = article(KANDINSKY);
  const rules = [rule('video', 'highlight'), rule('audio', 'hide'), rule('robots', 'tag')];
  cardAttrs.apply(a, view(KANDINSKY, state(rules, { savedIds: [KANDINSKY] }, { paused: true })));
  expect([a.getAttribute('data-papersift-tags'), a.hasAttribute('data-papersift-saved')]).toEqual(['video audio', true]);
  cardAttrs.apply(a, view(KANDINSKY, state([rule('robots', 'tag')])));
  expect([a.hasAttribute('data-papersift-tags'), a.hasAttribute('data-papersift-saved')]).toEqual([false, false]);
  cardAttrs.apply(a, view(KANDINSKY, state(rules, { savedIds: [KANDINSKY] })));
  cardAttrs.undo(a);
  expect([a.hasAttribute('data-papersift-tags'), a.hasAttribute('data-papersift-saved')]).toEqual([false, false]);
});
