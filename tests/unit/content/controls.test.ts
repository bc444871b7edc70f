// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { controls } from '@/entrypoints/papers.content/controls';
import { KANDINSKY, NEOHORSE, plain, rule, state, trending } from './page';

const bar = (a: Element) => a.querySelector(':scope > [data-papersift-controls]');
/** The button whose accessible name says `name` (the visible text may come first: label in name). */
const named = (a: Element, name: string) => [...a.querySelectorAll('button')].find((b) => b.getAttribute('aria-label')?.includes(name));

describe('card controls', () => {
  it('a bar with "Save to reading list", "Hide this paper" and "Copy BibTeX"; clicks reach the action with the paper id', () => {
    const { doc, article, view } = trending();
    const act = vi.fn();
    const f = controls(doc, act);
    const a = article(KANDINSKY);
    a.setAttribute('data-papersift-id', KANDINSKY); // the decorator's part
    f.apply(a, view(KANDINSKY, plain));
    const save = named(a, 'Save to reading list')!;
    expect(save.getAttribute('aria-pressed')).toBe('false');
    expect(named(a, 'Hide this paper')!.hidden).toBe(false);
    expect([...bar(a)!.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['☆ Save', 'Hide', 'Copy BibTeX']);
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    save.dispatchEvent(click);
    expect(act).toHaveBeenCalledWith(KANDINSKY, 'save', save);
    expect(click.defaultPrevented).toBe(true); // the card's own link does not follow
    named(a, 'Hide this paper')!.click();
    expect(act).toHaveBeenLastCalledWith(KANDINSKY, 'hide', expect.anything());
    f.stop!();
    save.click();
    expect(act).toHaveBeenCalledTimes(2); // no longer listening
  });

  it('saved: the same button says "Remove from reading list" and is pressed (updated in place: focus stays)', () => {
    const { doc, article, view } = trending();
    const f = controls(doc, () => {});
    const a = article(KANDINSKY);
    f.apply(a, view(KANDINSKY, plain));
    const save = named(a, 'Save to reading list')!;
    f.apply(a, view(KANDINSKY, state([], { savedIds: [KANDINSKY] })));
    expect(named(a, 'Remove from reading list')).toBe(save);
    expect([save.getAttribute('aria-pressed'), save.textContent]).toEqual(['true', '★ Saved']);
    expect(a.querySelectorAll('[data-papersift-controls]')).toHaveLength(1);
  });

  it('chips say which rules match and where; none while paused; no Hide button on a paper page', () => {
    const { doc, article, view } = trending();
    const f = controls(doc, () => {});
    const a = article(NEOHORSE);
    const rules = [rule('routing', 'highlight'), rule('curriculum', 'tag')];
    f.apply(a, view(NEOHORSE, state(rules)));
    const chips = () => [...a.querySelectorAll('[data-papersift-chip]')].map((c) => `${c.getAttribute('data-papersift-chip')}:${c.textContent}`);
    expect(chips()).toEqual(['highlight:routing', 'tag:curriculum · in abstract']);
    f.apply(a, view(NEOHORSE, state(rules, {}, { paused: true })));
    expect(chips()).toEqual([]);
    f.apply(a, view(NEOHORSE, state(rules), 'paper'));
    expect(named(a, 'Hide this paper')!.hidden).toBe(true);
  });

  it('intact until the page drops the bar; undo removes it', () => {
    const { doc, article, view } = trending();
    const f = controls(doc, () => {});
    const a = article(KANDINSKY);
    f.apply(a, view(KANDINSKY, plain));
    expect(f.intact!(a)).toBe(true);
    bar(a)!.remove();
    expect(f.intact!(a)).toBe(false);
    f.apply(a, view(KANDINSKY, plain));
    f.undo(a);
    expect(bar(a)).toBeNull();
  });
});
