// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { highlight } from '@/entrypoints/papers.content/highlight';
import { KANDINSKY, marksIn, rule, state, trending } from './page';

const diffusion = rule('diffusion', 'highlight', ['diffusion', 'video'], '#ffe08a');
const audio = rule('audio', 'highlight', ['audio'], '#aaccff');

describe('highlight', () => {
  it('tints the card and marks the matched words in every title and abstract copy', () => {
    const { doc, article, view, card } = trending();
    const f = highlight(doc);
    f.apply(article(KANDINSKY), view(KANDINSKY, state([diffusion])));
    expect(article(KANDINSKY).getAttribute('data-papersift-highlight')).toBe('#ffe08a');
    for (const t of card(KANDINSKY).titles) expect(marksIn(t)).toEqual(['diffusion:Video', 'diffusion:Video']);
    for (const a of card(KANDINSKY).abstracts) expect(marksIn(a)).toContain('diffusion:diffusion');
    expect(card(KANDINSKY).titles[0].textContent).toBe('Kandinsky 6.0 Video: Foundation Models for Synchronized Video and Audio Generation');
  });

  it('a new view replaces the marks (none doubled), undo gives back the card exactly', () => {
    const { doc, article, view, card } = trending();
    const before = article(KANDINSKY).innerHTML;
    const f = highlight(doc);
    const title = card(KANDINSKY).titles[0];
    f.apply(article(KANDINSKY), view(KANDINSKY, state([diffusion])));
    f.apply(article(KANDINSKY), view(KANDINSKY, state([audio])));
    expect(article(KANDINSKY).getAttribute('data-papersift-highlight')).toBe('#aaccff');
    expect(marksIn(title)).toEqual(['audio:Audio']);
    f.apply(article(KANDINSKY), view(KANDINSKY, state([diffusion, audio])));
    expect(article(KANDINSKY).getAttribute('data-papersift-highlight')).toBe('#ffe08a'); // the first rule's tint
    expect(marksIn(title)).toEqual(['diffusion:Video', 'diffusion:Video', 'audio:Audio']);
    f.undo(article(KANDINSKY));
    expect(article(KANDINSKY).hasAttribute('data-papersift-highlight')).toBe(false);
    expect(article(KANDINSKY).innerHTML).toBe(before);
  });

  it('paused or not matched: no tint, no marks', () => {
    const { doc, article, view } = trending();
    const f = highlight(doc);
    f.apply(article(KANDINSKY), view(KANDINSKY, state([diffusion], {}, { paused: true })));
    f.apply(article(KANDINSKY), view(KANDINSKY, state([rule('robot', 'highlight')])));
    expect(article(KANDINSKY).hasAttribute('data-papersift-highlight')).toBe(false);
    expect(marksIn(article(KANDINSKY))).toEqual([]);
  });

  it('is no longer intact once the page re-renders a marked title', () => {
    const { doc, article, view, card } = trending();
    const f = highlight(doc);
    f.apply(article(KANDINSKY), view(KANDINSKY, state([diffusion])));
    expect(f.intact!(article(KANDINSKY))).toBe(true);
    const title = card(KANDINSKY).titles[0];
    title.textContent = title.textContent; // the page writes the same text again: our marks are gone
    expect(f.intact!(article(KANDINSKY))).toBe(false);
  });

  it('keeps one rule-colour stylesheet in step with the rules, and removes it when stopped', () => {
    const { doc } = trending();
    const f = highlight(doc);
    const s1 = state([diffusion]);
    f.afterPass!(new Map(), s1);
    f.afterPass!(new Map(), s1);
    const sheets = () => doc.querySelectorAll('style[data-papersift-ui]');
    expect(sheets()).toHaveLength(1);
    expect(sheets()[0].textContent).toContain('#ffe08a');
    f.afterPass!(new Map(), state([audio]));
    expect(sheets()).toHaveLength(1);
    expect(sheets()[0].textContent).toContain('#aaccff');
    expect(sheets()[0].textContent).not.toContain('#ffe08a');
    f.stop!();
    expect(sheets()).toHaveLength(0);
  });
});
