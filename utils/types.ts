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
