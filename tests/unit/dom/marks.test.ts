// @vitest-environment happy-dom
// Marking matched words: text nodes split, never HTML rewritten; one walk per element.
import { beforeEach, expect, it } from 'vitest';
import { markable, markElement, markRanges, unmarkAll, type SeenTexts } from '@/utils/dom/marks';

const html = (s: string) => {
  document.body.innerHTML = s; // test markup only
  return document.body.firstElementChild!;
};
const marked = (el: Element) => [...el.querySelectorAll('mark[data-papersift-mark]')].map((m) => `${m.getAttribute('data-papersift-mark')}:${m.textContent}`);

beforeEach(() => (document.body.innerHTML = ''));

it('finds every marker match, the first marker winning a word, sorted by position', () => {
  const text = 'Video diffusion models and diffusion for video';
  const ranges = markRanges(text, [
    { tag: 'diff', re: /diffusion/giu },
    { tag: 'vdm', re: /video diffusion/giu }, // overlaps the first "diffusion": left out
    { tag: 'video', re: /video/giu },
  ]);
  expect(ranges.map((r) => `${r.tag}:${text.slice(r.start, r.end)}@${r.start}`)).toEqual([
    'video:Video@0', 'diff:diffusion@6', 'diff:diffusion@27', 'video:video@41',
  ]);
  expect(markRanges(text, [{ tag: 'x', re: /z*/g }])).toEqual([]); // empty matches never count
  expect(markRanges('no match here', [{ tag: 'x', re: /diffusion/g }])).toEqual([]);
});

it('wraps matches in marks by splitting text nodes; the link and the text stay as they were', () => {
  const a = html('<a href="/papers/1">Diffusion for <em>video</em> diffusion</a>');
  const link = a as HTMLAnchorElement;
  const made: Node[] = [];
  const n = markElement(a, [{ tag: 'diffusion', re: /diffusion/giu }, { tag: 'video', re: /video/giu }], undefined, made);
  expect(n).toBe(3);
  expect(made).toHaveLength(3);
  expect(marked(a)).toEqual(['diffusion:Diffusion', 'video:video', 'diffusion:diffusion']);
  expect(a.textContent).toBe('Diffusion for video diffusion');
  expect(document.body.firstElementChild).toBe(link);
  expect(a.querySelector('em')!.firstElementChild!.localName).toBe('mark'); // inside <em>, not around it
  unmarkAll(a);
  expect(a.querySelectorAll('mark')).toHaveLength(0);
  expect(a.childNodes).toHaveLength(3); // text nodes joined again
  expect(a.textContent).toBe('Diffusion for video diffusion');
});

it('skips text already marked, and scripts, styles and our own UI', () => {
  const p = html('<p>agent <mark data-papersift-mark="a">agent</mark><span data-papersift-ui>agent</span><script>agent</script> agent</p>');
  expect(markElement(p, [{ tag: 'b', re: /agent/giu }])).toBe(2);
  expect(marked(p)).toEqual(['b:agent', 'a:agent', 'b:agent']);
});

it('copies with the same text share one set of ranges; nested elements see what the outer left', () => {
  const body = html('<div><h3><a>Robot agents</a></h3><h3><a>Robot agents</a></h3></div>');
  const seen: SeenTexts = [];
  for (const a of body.querySelectorAll('a')) markElement(a, [{ tag: 'robot', re: /robot/giu }], seen);
  expect(seen).toHaveLength(1);
  expect(body.querySelectorAll('mark')).toHaveLength(2);
  const outer = html('<div>robot <p>robot arm</p></div>');
  const markers = [{ tag: 'r', re: /robot/giu }];
  markElement(outer, markers);
  expect(markElement(outer.querySelector('p')!, markers)).toBe(0);
  expect(marked(outer)).toEqual(['r:robot', 'r:robot']);
});

it('markable: no mark, script or style up to the card; false once the element left the card', () => {
  const card = html('<article><h3><a>t</a></h3><mark><p>x</p></mark></article>');
  expect(markable(card.querySelector('a')!, card)).toBe(true);
  expect(markable(card.querySelector('p')!, card)).toBe(false);
  const a = card.querySelector('a')!;
  document.body.append(a);
  expect(markable(a, card)).toBe(false);
});

it('uses ranges already known for a text (no marker run), and the markers where none are known', () => {
  const body = html('<div><a>Robot agents</a><p>Robot arms</p></div>');
  const markers = [{ tag: 'robot', re: /robot/giu }];
  const known = (data: string) => (data === 'Robot agents' ? [{ start: 6, end: 12, tag: 'agent' }] : null);
  expect(markElement(body.querySelector('a')!, markers, undefined, undefined, known)).toBe(1);
  expect(markElement(body.querySelector('p')!, markers, undefined, undefined, known)).toBe(1);
  expect(marked(body)).toEqual(['agent:agents', 'robot:Robot']);
});
