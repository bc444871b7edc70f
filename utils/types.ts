// Shared data shapes. Pure: no browser or library imports.

/** What PaperSift knows about one paper from a page, data-props or the API. Unknown = null. */
export interface PaperInfo {
  /** arXiv id without version, e.g. "2405.12345" or "hep-th/9901001". */
  id: string;
  title: string;
  /** The abstract (full text when known). */
  summary: string | null;
  /** HF's AI summary when the page shows one instead of the abstract. */
  aiSummary: string | null;
  /** Every author name when known (data-props / API), else null. */
  authors: string[] | null;
  /** Number of authors when only a count is shown ("23 authors"). */
  authorCount: number | null;
  /** Organisation display name (org chip), e.g. "Kandinsky Lab". */
  org: string | null;
  /** arXiv publication date, ISO string (date at 00:00Z when only a day is known). */
  publishedAt: string | null;
  upvotes: number | null;
  comments: number | null;
  githubUrl: string | null;
  githubStars: number | null;
  /** https://arxiv.org/abs/<id> */
  arxivUrl: string;
  /** https://huggingface.co/papers/<id> */
  hfUrl: string;
}

/** What rules on the default fields (title, abstract) read: cards have it before anything else. */
export type PaperText = Pick<PaperInfo, 'id' | 'title' | 'summary' | 'aiSummary'>;

export type ReadStatus = 'unread' | 'reading' | 'done';
export const READ_STATUSES: readonly ReadStatus[] = ['unread', 'reading', 'done'];

/** A paper in the reading list (the backup format's papers[] entries). Extra fields are kept. */
export interface SavedPaper {
  id: string;
  title: string;
  authors: string[];
  summary: string;
  publishedAt: string | null;
  org: string | null;
  githubUrl: string | null;
  githubStars: number | null;
  upvotes: number | null;
  hfUrl: string;
  arxivUrl: string;
  savedAt: string;
  tags: string[];
  status: ReadStatus;
  note: string;
  /** False while authors/abstract still have to be fetched from the API. */
  complete?: boolean;
  [extra: string]: unknown;
}

export type RuleAction = 'highlight' | 'hide' | 'tag';
export type RuleField = 'title' | 'abstract' | 'authors' | 'org';
export const RULE_ACTIONS: readonly RuleAction[] = ['highlight', 'hide', 'tag'];
export const RULE_FIELDS: readonly RuleField[] = ['title', 'abstract', 'authors', 'org'];
export const DEFAULT_FIELDS: readonly RuleField[] = ['title', 'abstract'];

/**
 * Conditions on Hugging Face data; all must hold (together with the terms, when there are any).
 * A paper whose value is unknown (null) does not meet a condition on it.
 */
export interface RuleConditions {
  minUpvotes?: number;
  /** true: the paper links a GitHub repository. */
  hasCode?: boolean;
  minStars?: number;
  /** Organisation display name, compared ignoring case and spacing. */
  org?: string;
  /** Published at most this many (UTC calendar) days ago; 0 = today. */
  publishedWithinDays?: number;
}

export interface Rule {
  id: string;
  /** Slug: lower-case, '-' for spaces. */
  tag: string;
  terms: string[];
  fields: RuleField[];
  action: RuleAction;
  /** #rrggbb */
  color: string;
  enabled: boolean;
  /** Position in the rules list (ascending). */
  order: number;
  conditions?: RuleConditions;
  [extra: string]: unknown;
}

/** The reader's own per-paper choice; beats every rule. */
export interface ManualMark {
  id: string;
  hidden?: boolean;
  highlight?: boolean;
  /** Explicit "Show" of a rule-hidden paper. */
  shown?: boolean;
}

export type HideMode = 'placeholder' | 'dim' | 'remove';

/** How papers already seen look on a listing: only the new ones marked, seen ones dimmed, or folded to one line. */
export type SeenMode = 'mark' | 'dim' | 'fold';
export const SEEN_MODES: readonly SeenMode[] = ['mark', 'dim', 'fold'];

export interface Settings {
  paused: boolean;
  hideMode: HideMode;
  /** Absent in settings stored before it existed: 'mark'. */
  seenMode?: SeenMode;
  [extra: string]: unknown;
}

export const DEFAULT_SETTINGS: Settings = { paused: false, hideMode: 'placeholder', seenMode: 'mark' };

// ---- What messages carry (utils/messaging.ts holds the protocol itself). ----

/** Which Hugging Face papers view a URL is (utils/page/detect.ts). */
export type PageKind = 'daily' | 'weekly' | 'monthly' | 'trending' | 'search' | 'paper' | 'papers-root';

export type TermKind = 'word' | 'prefix' | 'regex';

/**
 * A rule term as data (JSON): what the matcher needs of it. utils/rules/compile-term.ts parses
 * terms into it; the background sends it to the pages in PageState.plan.
 */
export interface TermSpec {
  negated: boolean;
  kind: TermKind;
  /** The term's own pattern (with `flags`): what it matches. */
  pattern: string;
  flags: string;
  /**
   * Pattern for finding candidate positions: may match at more places than `pattern`, never fewer.
   * Plain words leave out the boundary checks: Unicode classes in lookarounds under /iu make
   * a long alternation scan about 20× slower in V8.
   */
  scan: string;
  /** Plain words: a pattern for the first character, to pick which terms to try at a candidate. */
  lead: string | null;
  /** Plain words: the word or phrase itself (NFC, no `*`), for combining many into one scan. */
  literal: string | null;
  /** Plain words: whether `pattern` requires a non-word character (or the text edge) before / after. */
  before: boolean;
  after: boolean;
  /** Cannot share an alternation with other patterns (back-references, named groups). */
  solo: boolean;
}

/**
 * A rule as the matcher reads it: per term of `rule.terms` its spec, or null when refused (an old
 * or hand-edited rule: the term is left out); the conditions normalised, or 'never' when refused
 * (a broken condition must not widen the rule).
 */
export interface ParsedRule {
  terms: (TermSpec | null)[];
  conditions?: RuleConditions | 'never';
}

/** One field's scan group as data (utils/rules/matcher/scan.ts Group without its regex objects). */
export interface PublishedGroup {
  source: string;
  flags: string;
  members: number[];
  capped: boolean;
  unicode: boolean;
  leads: { source: string; code: number | null }[] | null;
  leadFlags: string;
}

/**
 * The matcher's plan of the rules as data (utils/rules/matcher/plan.ts Plan, rules by index into
 * PageState.rules, with each field's scan groups), and the chips' conditions labels by rule id.
 */
export interface PublishedPlan {
  rules: number[];
  terms: { term: TermSpec; onlyNegated: boolean }[];
  uses: { fields: RuleField[]; slots: number[]; pos: number[]; neg: number[]; conditions?: RuleConditions | 'never'; conditionsOnly: boolean }[];
  fields: { field: RuleField; members: number[]; groups: PublishedGroup[] }[];
  rulesOf: number[][];
  alwaysCheck: number[];
  labels: Record<string, string>;
}

/** Everything a papers tab needs to decorate itself (also mirrored in storage.local). */
export interface PageState {
  rules: Rule[];
  /** The matcher's plan of the rules, built by the background (utils/rules/matcher/published.ts). */
  plan: PublishedPlan;
  /** The rules' colour stylesheet (utils/rules/rule-styles.ts), written by the background with them. */
  ruleCss: string;
  settings: Settings;
  manual: Record<string, ManualMark>;
  savedIds: string[];
}

export interface RuleInput {
  id?: string;
  tag?: string;
  terms: string[] | string;
  fields?: RuleField[];
  action: RuleAction;
  color?: string;
  enabled?: boolean;
  /** Conditions on HF data; null or absent removes them. */
  conditions?: RuleConditions | null;
}

/** One paper as a tab reports it to the popup, with what PaperSift did to it. */
export interface TabPaper extends PaperInfo {
  tags: string[];
  highlighted: boolean;
  hidden: string | null;
  saved: boolean;
  /** Tags whose match is only in text the card doesn't show (e.g. abstract of a compact card). */
  reasons: { tag: string; action: RuleAction; fields: readonly RuleField[]; label?: string }[];
}

export interface TabPapers {
  url: string;
  kind: PageKind | null;
  health: 'ok' | 'no-cards' | 'not-listing';
  papers: TabPaper[];
}

export interface SavedQuery {
  text?: string;
  tag?: string;
  status?: ReadStatus | '';
  sort?: 'savedAt' | 'publishedAt' | 'upvotes';
  offset?: number;
  limit?: number;
}

export interface SavedPage {
  total: number;
  /** Every id matching the query (for "select all in the current filter"). */
  ids: string[];
  rows: SavedPaper[];
  tagCounts: Record<string, number>;
  statusCounts: Record<string, number>;
  all: number;
}

export interface PaperPatch {
  tags?: string[];
  status?: ReadStatus;
  note?: string;
}

export interface ImportResult {
  papers: number;
  rules: number;
  merged: number;
}

/**
 * The file of an import. The Library sends a `blob:` URL of its own page and the background reads
 * the file itself: 19 MB of text sent through runtime messaging (serialised, copied, parsed) cost
 * more than validating it. `text` is the fallback where the background cannot read that URL.
 */
export type ImportSource = { url: string } | { text: string };
/** backup: a PaperSift backup; rules: a rule pack; papers: papers read by the Library (utils/import). */
export type ImportKind = 'backup' | 'rules' | 'papers';
/** The background's answer when it cannot read an ImportSource URL: the Library then sends the text. */
export const IMPORT_URL_UNREADABLE = 'PaperSift’s background could not read the chosen file.';
