// Reads one paper's fields from its card element(s). DOM only; data-props are merged by parse-cards.
import type { PaperInfo, PaperText } from '@/utils/types';
import { blankPaper } from '@/utils/paper/info';
import { paperIdFromHref } from '@/utils/paper/urls';
import { collapseWhitespace } from '@/utils/whitespace';
import * as S from './selectors';

/** Text with whitespace collapsed (the replace is skipped when there is nothing to collapse: long abstracts). */
export const text = (el: Element | null | undefined) => collapseWhitespace(el?.textContent ?? '');
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
 * PaperSift's own UI: the given S.ownUi elements and everything inside them (added to `set`).
 * Looking elements up here is cheaper than closest() on each (see docs/PERFORMANCE.md#card-reading).
 */
export function ownUiSet(roots: Iterable<Element>, set = new Set<Element>()): Set<Element> {
  for (const u of roots) {
    set.add(u);
    const inside = u.getElementsByTagName('*');
    for (let i = 0; i < inside.length; i++) set.add(inside[i]);
  }
  return set;
}

/**
 * Reads a card's own elements (our UI left out) in document order, and no more of them than
 * needed: on a 1,000-card page every element touched from script costs, and queries per field
 * with array copies of every result were most of the parse time.
 */
export interface CardScan {
  /** The elements matching sel. */
  all(sel: string): Element[];
  /** Visits the elements matching sel (with the card element holding each) until visit returns true (whether it did). */
  some(sel: string, visit: (el: Element, art: Element) => boolean): boolean;
  /** text() of an element, read once. */
  text(el: Element): string;
}

/** Whether the card element or an ancestor is a heading or our UI (S.isNotAbstract). */
export const aroundIsNotAbstract = (card: Element): boolean => S.isNotAbstract(card) || ancestorIs(card, S.isNotAbstract);

/** `ui`: our UI in the cards (ownUiSet; the articles themselves are never inside it). */
export function scanCard(articles: Element[], ui: ReadonlySet<Element>): CardScan {
  // The query's static list is cheaper to walk than a live collection (docs/PERFORMANCE.md#card-reading).
  const some = (sel: string, visit: (el: Element, art: Element) => boolean) => {
    for (const art of articles) {
      const list = art.querySelectorAll(sel);
      for (let i = 0, n = list.length; i < n; i++) if (!(ui.size && ui.has(list[i])) && visit(list[i], art)) return true;
    }
    return false;
  };
  // Made on first use: most cards only ever ask for their paragraphs' text.
  let lists: Map<string, Element[]> | undefined;
  let texts: Map<Element, string> | undefined;
  return {
    all: (sel) => {
      let list = (lists ??= new Map()).get(sel);
      if (!list) {
        lists.set(sel, (list = []));
        some(sel, (el) => {
          list!.push(el);
          return false;
        });
      }
      return list;
    },
    some,
    text: (el) => {
      let t = (texts ??= new Map()).get(el);
      if (t === undefined) texts.set(el, (t = text(el)));
      return t;
    },
  };
}

function ancestorIs(el: Element, is: (el: Element) => boolean): boolean {
  for (let n = el.parentElement; n; n = n.parentElement) if (is(n)) return true;
  return false;
}

/**
 * Whether el or an ancestor below `art` is a heading or our UI. One native closest() that stops at
 * the card (see docs/PERFORMANCE.md#card-reading).
 */
function notAbstractWithin(el: Element, art: Element): boolean {
  let hit = el.closest(S.notAbstractOrCard);
  // Another card element inside this one (markup drift) is climbed past, as a walk would.
  while (hit && hit !== art && hit.localName === S.card && art.contains(hit)) hit = hit.parentElement?.closest(S.notAbstractOrCard) ?? null;
  return !!hit && hit !== art && art.contains(hit);
}

/**
 * Visible abstract / summary elements: the card's <p>s, else (search cards) the long link to the
 * paper. `around(art)`: whether the card element itself or anything around it is a heading or our
 * UI (aroundIsNotAbstract; callers remember it per parent): then none of its paragraphs counts.
 */
export function findAbstracts(id: string, scan: CardScan, titles: Element[], around: (art: Element) => boolean): Element[] {
  const ps: Element[] = [];
  scan.some('p', (p, art) => {
    const t = scan.text(p);
    // In a heading or our UI (in or around the card), it is no abstract. The few elements between
    // a paragraph and its card are looked at here; what is around the card once per parent
    // (see docs/PERFORMANCE.md#card-reading).
    if (t.length >= 20 && !SUBMITTED.test(t) && !notAbstractWithin(p, art) && !around(art)) ps.push(p);
    return false;
  });
  if (ps.length) return ps;
  return scan.all('a').filter((a) => {
    const href = a.getAttribute('href') ?? '';
    return a.matches(S.paperLink) && idOf(a) === id && !titles.includes(a) && !a.closest(S.notAbstract) && !/[#?]/.test(href) && text(a).length >= 40;
  });
}

/** Date and "N authors" sit in small text-only elements; divs are searched only when spans have neither. */
function readSmallText(p: PaperInfo, scan: CardScan, now: Date) {
  const done = (el: Element, div = false) => {
    if (div && el.childElementCount) return false;
    const raw = el.textContent ?? '';
    if (!raw || raw.length > 80) return false; // empty: avatars
    const t = collapseWhitespace(raw);
    if (p.publishedAt === null) p.publishedAt = parseCardDate(t, now);
    const m = p.authorCount === null ? AUTHORS.exec(t) : null;
    if (m) p.authorCount = Number(m[1]);
    return !!p.publishedAt && p.authorCount !== null;
  };
  if (!scan.some(S.smallText[0], (el) => done(el))) scan.some(S.smallText[1], (el) => done(el, true)); // divs: only those without child elements
}

const isOrgLike = (a: Element) => !!a.querySelector('span') && !!text(a)
  && !SUBMITTED.test(text(a)) && !SUBMITTED.test(text(a.parentElement));

/** A card as read: its text now, the rest of what it shows on first use. */
export interface CardRead {
  text: PaperText;
  /** Everything the card shows about its paper (unknown fields null), read once when first asked. */
  full(): PaperInfo;
}

/**
 * Reads title and abstract at once; the other fields (links, dates, counts, avatars: most of the
 * reading on a 1,000-card page) only when something needs them: a save, the popup, a rule on
 * authors or organisation (see docs/PERFORMANCE.md#details-on-first-use). Our UI may have joined
 * the card by then: it is looked up again.
 */
export function readCard(c: CardParts, scan: CardScan, now: Date): CardRead {
  const read: PaperText = { id: c.id, title: text(c.titles[0]), summary: (c.abstracts[0] ? scan.text(c.abstracts[0]) : '') || null, aiSummary: null };
  let full: PaperInfo | undefined;
  return {
    text: read,
    full: () => (full ??= readDetails(c, read, now, scanCard(c.articles, ownUiSet(c.articles.flatMap((a) => [...a.querySelectorAll(S.ownUi)]))))),
  };
}

function readDetails(c: CardParts, t: PaperText, now: Date, scan: CardScan): PaperInfo {
  const p = blankPaper(c.id, t.title);
  p.summary = t.summary;
  const links = scan.all('a');
  const chip = links.find((a) => a.matches(S.orgChip)) ?? links.find((a) => a.matches(S.orgLike) && isOrgLike(a));
  const talk = links.find((a) => a.matches(S.communityLink) && idOf(a) === c.id);
  const gh = links.find((a) => a.matches(S.githubLink));
  if (chip) p.org = text(chip.querySelector('span') ?? chip) || null;
  if (talk) p.comments = parseCount(text(talk));
  if (gh) {
    p.githubUrl = gh.getAttribute('href');
    p.githubStars = parseCount(text(gh).replace(/\bGitHub\b/gi, ''));
  }

  readSmallText(p, scan, now);
  // li[title] (S.authorItem, read as li + title without a query) mixes names and HF usernames and
  // shows at most five: only a complete list counts as authors. Fewer <li> than authors (the usual
  // "5 of 23"): there is none to read.
  const items = scan.all('li');
  if (p.authorCount !== null && items.length >= p.authorCount) {
    const names = new Set(items.map((li) => li.getAttribute('title')?.trim()).filter((n): n is string => !!n));
    if (names.size && names.size === p.authorCount) p.authors = [...names];
  }

  const upvote = scan.all(S.upvote)[0];
  if (upvote) p.upvotes = parseCount(text(upvote));
  return p;
}
