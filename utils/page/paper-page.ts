// A paper's own page (/papers/<id>): its <h1>, the paragraph after "Abstract", and the header
// block holding both as the one card to decorate.
import { Card, type ParsedCard } from './card';
import { sharedDataProps } from './data-props';
import { own, ownUiSet, readCard, scanCard, text } from './read-card';
import * as S from './selectors';

/** The paragraph after the "Abstract" heading (same level or one level up), if any. */
function abstractOf(scope: ParentNode): Element | null {
  const h = [...scope.querySelectorAll(S.headings)].find((e) => own(e) && S.abstractHeading.test(e.textContent ?? ''));
  let level = 0;
  for (let n: Element | null = h ?? null; n && level < 3; n = n.parentElement, level++) {
    for (let s = n.nextElementSibling; s; s = s.nextElementSibling) {
      const p = s.matches('p') ? s : s.querySelector('p');
      if (p && own(p) && text(p)) return p; // never our UI: marking trusts that (utils/dom/marks.ts markable)
    }
  }
  return null;
}

export function parsePaperPage(root: ParentNode, url: string, id: string, now: Date): ParsedCard[] {
  const scope: ParentNode = root.querySelector(S.main) ?? root;
  const h1 = [...scope.querySelectorAll(S.paperTitle)].find(own);
  if (!h1) return [];
  const abs = abstractOf(scope);
  // The header block: smallest element holding title and abstract, unless that is an island or <main>.
  let article: Element | null = abs ? h1.parentElement : null;
  while (article && abs && !article.contains(abs)) article = article.parentElement;
  if (!article || article.matches(S.stopAt)) article = h1.closest('section') ?? h1.parentElement ?? h1;
  const abstracts = abs ? [abs] : [];
  const dom = readCard({ id, articles: [article], titles: [h1], abstracts }, scanCard([article], ownUiSet(root.querySelectorAll(S.ownUi))), now);
  return [new Card(dom, sharedDataProps(root, url)?.get(id), [article], [h1], abstracts)];
}
