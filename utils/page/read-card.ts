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
 * PaperSift's own UI under the parsed root: every S.ownUi element and everything inside it.
 * Looking elements up here is much cheaper than closest() on each of them (1,000-card bench).
 */
export function ownUiSet(roots: Iterable<Element>): Set<Element> {
  const set = new Set<Element>();
  for (const u of roots) {
    set.add(u);
    for (const el of u.getElementsByTagName('*')) set.add(el);
  }
  return set;
}

/**
 * A card's elements sorted by what the reader looks at, each list in document order, our own UI
 * left out. One querySelectorAll per article instead of one per field: on a 1,000-card page the
 * per-field queries and their array copies were most of the parse time.
 */
export interface CardScan {
  p: Element[];
  a: Element[];
  /** S.smallText[0] ('span, li, time') */
  small: Element[];
  /** First S.upvote element. */
  upvote: Element | null;
  /** S.smallText[1] ('div'): only read when the small elements lack a date or an author count. */
  divs(): Element[];
  /** text() of an element, read once. */
  text(el: Element): string;
}

/** `ui`: ownUiSet of the parsed root (the articles themselves are never inside it). */
export function scanCard(articles: Element[], ui: ReadonlySet<Element>): CardScan {
  const p: Element[] = [], a: Element[] = [], small: Element[] = [];
  let upvote: Element | null = null;
  for (const art of articles) {
    const all = art.querySelectorAll(S.cardParts);
    for (let i = 0, n = all.length; i < n; i++) {
      const el = all[i];
      if (ui.size && ui.has(el)) continue;
      switch (el.localName) {
        case 'p': p.push(el); break;
        case 'a': a.push(el); break;
        default: small.push(el);
      }
    }
    upvote ??= firstOwn(art, S.upvote, ui);
  }
  const texts = new Map<Element, string>();
  return {
    p, a, small, upvote,
    divs: () => articles.flatMap((art) => [...art.querySelectorAll(S.smallText[1])].filter((el) => !ui.has(el))),
    text: (el) => {
      let t = texts.get(el);
      if (t === undefined) texts.set(el, (t = text(el)));
      return t;
    },
  };
}

/** art.querySelector(sel) without our UI (querySelector is cheap: it stops at the first match). */
function firstOwn(art: Element, sel: string, ui: ReadonlySet<Element>): Element | null {
  const first = art.querySelector(sel);
  if (!first || !ui.has(first)) return first;
  return [...art.querySelectorAll(sel)].find((el) => !ui.has(el)) ?? null;
}

/** Visible abstract / summary elements: the card's <p>s, else (search cards) the long link to the paper. */
export function findAbstracts(id: string, scan: CardScan, titles: Element[]): Element[] {
  const ps = scan.p.filter((p) => {
    const t = scan.text(p);
    return t.length >= 20 && !SUBMITTED.test(t) && !p.closest(S.notAbstract);
  });
  if (ps.length) return ps;
  return scan.a.filter((a) => {
    const href = a.getAttribute('href') ?? '';
    return a.matches(S.paperLink) && idOf(a) === id && !titles.includes(a) && !a.closest(S.notAbstract) && !/[#?]/.test(href) && text(a).length >= 40;
  });
}

/** Date and "N authors" sit in small text-only elements; divs are searched only when spans have neither. */
function readSmallText(p: PaperInfo, scan: CardScan, now: Date) {
  const done = (el: Element) => {
    if (el.tagName === 'DIV' && el.childElementCount) return false;
    const raw = el.textContent ?? '';
    if (raw.length > 80) return false;
    const t = raw.replace(/\s+/g, ' ').trim();
    if (p.publishedAt === null) p.publishedAt = parseCardDate(t, now);
    const m = p.authorCount === null ? AUTHORS.exec(t) : null;
    if (m) p.authorCount = Number(m[1]);
    return !!p.publishedAt && p.authorCount !== null;
  };
  if (!scan.small.some(done)) scan.divs().some(done);
}

const isOrgLike = (a: Element) => a.matches(S.orgLike) && !!a.querySelector('span') && !!text(a)
  && !SUBMITTED.test(text(a)) && !SUBMITTED.test(text(a.parentElement));

/** Everything the card shows about its paper; unknown fields stay null. */
export function readCard(c: CardParts, now: Date, scan: CardScan): PaperInfo {
  const p = blankPaper(c.id, text(c.titles[0]));
  p.summary = (c.abstracts[0] ? scan.text(c.abstracts[0]) : '') || null;

  const links = scan.a;
  // Every org-chip selector wants href^="/": test that first, it spares most matches() calls.
  const local = links.filter((a) => a.getAttribute('href')?.startsWith('/'));
  const chip = local.find((a) => a.matches(S.orgChip)) ?? local.find(isOrgLike);
  if (chip) p.org = text(chip.querySelector('span') ?? chip) || null;
  const talk = links.find((a) => a.matches(S.communityLink) && idOf(a) === c.id);
  if (talk) p.comments = parseCount(text(talk));
  const gh = links.find((a) => a.matches(S.githubLink));
  if (gh) {
    p.githubUrl = gh.getAttribute('href');
    p.githubStars = parseCount(text(gh).replace(/\bGitHub\b/gi, ''));
  }

  readSmallText(p, scan, now);
  // li[title] mixes names and HF usernames and shows at most five: only a complete list counts as authors.
  if (p.authorCount !== null) {
    const names = new Set<string>();
    for (const li of scan.small) {
      const name = li.localName === 'li' ? li.getAttribute('title')?.trim() : undefined; // S.authorItem
      if (name) names.add(name);
    }
    if (names.size && names.size === p.authorCount) p.authors = [...names];
  }

  if (scan.upvote) p.upvotes = parseCount(text(scan.upvote));
  return p;
}
