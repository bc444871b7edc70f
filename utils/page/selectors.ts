// Every huggingface.co/papers selector and regex, in one place (GUIDE §3, PAGE-NOTES §5).
// Only semantic hooks: elements, hrefs, roles, data-target; a class only as one [class~=] token.
// Expected counts per fixture: tests/unit/page/selectors.test.ts (look there first when HF changes).

/** Card element. trending: 3, daily-2025-06-18: 23, daily-2024-05-27: 13. */
export const card = 'article';
/** Listings put their cards inside <main>; fall back to the whole root when it is missing. */
export const main = 'main';
// Lists are written as one :is(…) selector (see docs/PERFORMANCE.md#one-selector-not-a-list).
/** Title link (all copies). trending: 6 (desktop + mobile). Also the fallback card anchor. */
export const titleLink = 'h3 :is(a[href^="/papers/"], a[href^="https://huggingface.co/papers/"])';
/** Any link to a paper page (thumbnail, title, abstract on search cards, #community). */
export const paperLink = 'a[href^="/papers/"], a[href^="https://huggingface.co/papers/"]';
const NOT_ABSTRACT = 'h1, h2, h3, [data-papersift-ui], [data-papersift-placeholder]';
/** Card parts that are never abstracts: our own UI and headings. */
export const notAbstract = `:is(${NOT_ABSTRACT})`;
/** notAbstract or a card element: closest() with it stops at the card. */
export const notAbstractOrCard = `:is(${card}, ${NOT_ABSTRACT})`;
/** el.matches(notAbstract) without the selector engine (what lies around a card: parse-cards keys its cache by it). */
export const isNotAbstract = (el: Element) =>
  isHeading(el) || el.hasAttribute('data-papersift-ui') || el.hasAttribute('data-papersift-placeholder');
const HEADINGS = new Set(['h1', 'h2', 'h3']);
export const isHeading = (el: Element) => HEADINGS.has(el.localName);
/** Our own injected elements, skipped when reading cards. */
export const ownUi = ':is([data-papersift-ui], [data-papersift-placeholder])';
/** A fallback card may not contain page chrome (cards do hold checkbox inputs: the upvote widget). */
export const chrome = 'h1, h2, nav, header, footer, form, input[type="search"], input[type="text"], [data-target]';
/** Where a fallback card search stops climbing. */
export const stopAt = 'main, body, [data-target], [class~="contents"]';

/** Upvote widget: logged out (trending: 6 each), logged in (<label>), search ("101" or "-"). */
export const upvote = '[role="checkbox"], label, a[href^="/login?next="]';
export const arxivLink = 'a[href^="https://arxiv.org/abs/"]';
const GITHUB = 'https://github.com/';
export const githubLink = `a[href^="${GITHUB}"]`;
/** Comment count link. trending: 0. */
const COMMUNITY = '#community';
export const communityLink = `a[href$="${COMMUNITY}"]`;
/** Org chip: a link to an HF org page. Preferred with the chip's shape token, else any such link. */
export const orgChip = 'a[class~="rounded-full"][href^="/"]';
const NOT_ORG = ['//', '/papers', '/login', '/avatars'];
export const orgLike = `a[href^="/"]${NOT_ORG.map((p) => `:not([href^="${p}"])`).join('')}`;
/** Author avatars carry the name in title (mixes real names and HF usernames). */
export const authorItem = 'li[title]';
/** Elements whose own text may be a date or an "N authors" count, most likely first. */
export const smallText = ['span, li, time', 'div'] as const;
/** Svelte islands with JSON props (PAGE-NOTES §3, §4.4). */
export const dailyIsland = '[data-target="DailyPapers"][data-props]';
export const paperIsland = '[data-target="PaperContent"][data-props]';

/** Paper page (§4.4): title heading and the "Abstract" heading. */
export const paperTitle = 'h1';
export const headings = 'h2, h3';

// --- regexes ---

// arXiv ids and paper URLs: utils/paper/ids.ts and utils/paper/urls.ts.
export const datePath = /^\/papers\/date\/(\d{4}-\d{2}-\d{2})$/;
export const weekPath = /^\/papers\/week\/(\d{4}-W\d{2})$/i;
export const monthPath = /^\/papers\/month\/(\d{4}-\d{2})$/;
export const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/** "Published on Oct 4, 2026", "Oct 4, 2026", "May 29" (= current year). */
export const dateText = /^(?:Published on )?([A-Z][a-z]{2}) (\d{1,2})(?:, (\d{4}))?$/;
/** "23 authors", "· 6 authors" (the whole text of a small element). */
export const authorsText = /^(?:·\s*)?(\d+)\s+authors?$/i;
/** The submitter badge, which may hold a user link that is no org chip. */
export const submittedText = /^Submitted by\b/i;
/** A count as HF shows it: "117", "1,234", "1.66k", "2M". */
export const countText = /(\d[\d,]*(?:\.\d+)?)\s*([kKmM])?(?!\w)/;
/** The heading before the paper page's abstract. */
export const abstractHeading = /^\s*abstract\s*$/i;
