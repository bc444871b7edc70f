// Reads one paper's fields from its card element(s). DOM only; data-props are merged by parse-cards.
import type { PaperInfo } from '@/utils/types';
import { blankPaper } from './api-items';
import { paperIdFromHref } from './detect';
import * as S from './selectors';

export const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** Not one of PaperSift's own injected elements. */
export const own = (el: Element) => !el.closest(S.ownUi);
export const idOf = (a: Element) => paperIdFromHref(a.getAttribute('href'));

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const AUTHORS = S.authorsText;
const SUBMITTED = S.submittedText;

/** "117" → 117, "1.66k" → 1660, "2M" → 2000000, "-" → 0; first count in the text, else null. */
export function parseCount(s: string): number | null {
  const m = S.countText.exec(s);
  if (!m) return /(^|\s)-(\s|$)/.test(s) ? 0 : null;
  const n = Number(m[1].replace(/,/g, '')) * (m[2] ? (/k/i.test(m[2]) ? 1e3 : 1e6) : 1);
  return Number.isFinite(n) ? Math.round(n) : null;
}

/** "Published on Oct 4, 2026" / "May 29" (year from `now`, as HF omits the current year) → ISO at 00:00Z. */
export function parseCardDate(s: string, now: Date): string | null {
  const m = S.dateText.exec(s);
  if (!m) return null;
  const month = MONTHS.indexOf(m[1]);
  const day = Number(m[2]);
  const year = m[3] ? Number(m[3]) : now.getUTCFullYear();
  if (month < 0 || day < 1 || day > 31 || !Number.isFinite(year)) return null;
  const d = new Date(Date.UTC(year, month, day));
  return d.getUTCDate() === day ? d.toISOString() : null;
}

export interface CardParts {
  id: string;
  articles: Element[];
  titles: Element[];
  abstracts: Element[];
}

/**
 * querySelectorAll over a card's element(s), skipping PaperSift's own UI inside them. Checking the
 * few UI roots with contains() is much cheaper than closest() on every element (1,000-card bench).
 */
export type CardQuery = (sel: string) => Element[];
export function cardQuery(articles: Element[]): CardQuery {
  const ui = articles.flatMap((a) => [...a.querySelectorAll(S.ownUi)]);
  const ok = (el: Element) => !ui.some((u) => u.contains(el));
  return (sel) => {
    const found = articles.length === 1 ? [...articles[0].querySelectorAll(sel)] : articles.flatMap((a) => [...a.querySelectorAll(sel)]);
    return ui.length ? found.filter(ok) : found;
  };
}

/** Visible abstract / summary elements: the card's <p>s, else (search cards) the long link to the paper. */
export function findAbstracts(id: string, within: CardQuery, titles: Element[]): Element[] {
  const ps = within('p').filter((p) => !p.closest(S.notAbstract) && text(p).length >= 20 && !SUBMITTED.test(text(p)));
  if (ps.length) return ps;
  return within(S.paperLink).filter((a) => {
    const href = a.getAttribute('href') ?? '';
    return idOf(a) === id && !titles.includes(a) && !a.closest(S.notAbstract) && !/[#?]/.test(href) && text(a).length >= 40;
  });
}

/** Date and "N authors" sit in small text-only elements; divs are searched only when spans have neither. */
function readSmallText(p: PaperInfo, within: CardQuery, now: Date) {
  for (const sel of S.smallText) {
    for (const el of within(sel)) {
      if ((el.tagName === 'DIV' && el.childElementCount) || (el.textContent ?? '').length > 80) continue;
      const t = text(el);
      if (p.publishedAt === null) p.publishedAt = parseCardDate(t, now);
      const m = p.authorCount === null ? AUTHORS.exec(t) : null;
      if (m) p.authorCount = Number(m[1]);
      if (p.publishedAt && p.authorCount !== null) return;
    }
  }
}

const isOrgLike = (a: Element) => a.matches(S.orgLike) && !!a.querySelector('span') && !!text(a)
  && !SUBMITTED.test(text(a)) && !SUBMITTED.test(text(a.parentElement));

/** Everything the card shows about its paper; unknown fields stay null. */
export function readCard(c: CardParts, now: Date, within: CardQuery = cardQuery(c.articles)): PaperInfo {
  const p = blankPaper(c.id, text(c.titles[0]));
  p.summary = text(c.abstracts[0]) || null;

  // One pass over the card's links (querySelectorAll dominates the cost on big pages).
  const links = within('a');
  const chip = links.find((a) => a.matches(S.orgChip)) ?? links.find(isOrgLike);
  if (chip) p.org = text(chip.querySelector('span') ?? chip) || null;
  const talk = links.find((a) => a.matches(S.communityLink) && idOf(a) === c.id);
  if (talk) p.comments = parseCount(text(talk));
  const gh = links.find((a) => a.matches(S.githubLink));
  if (gh) {
    p.githubUrl = gh.getAttribute('href');
    p.githubStars = parseCount(text(gh).replace(/\bGitHub\b/gi, ''));
  }

  readSmallText(p, within, now);
  // li[title] mixes names and HF usernames and shows at most five: only a complete list counts as authors.
  const names = [...new Set(within(S.authorItem).map((li) => (li.getAttribute('title') ?? '').trim()).filter(Boolean))];
  if (names.length && names.length === p.authorCount) p.authors = names;

  const vote = within(S.upvote)[0];
  if (vote) p.upvotes = parseCount(text(vote));
  return p;
}
