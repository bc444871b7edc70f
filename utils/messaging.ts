// The one typed protocol between content scripts, popup, Library and the background.
import { defineMessenger } from './messenger';
import type { ManualMark, PaperInfo, Rule, RuleAction, RuleConditions, RuleField, SavedPaper, Settings, ReadStatus } from '@/utils/types';
import type { PageKind } from '@/utils/page/detect';
import type { Suggestion } from '@/utils/suggest';
import type { RuleHistory } from '@/utils/history/series';
import type { BadgeCounts } from '@/utils/seen/badge';
import type { SyncStatus } from '@/utils/sync/status';
import type { ForYouStatus } from '@/utils/rank/status';

/** Everything a papers tab needs to decorate itself (also mirrored in storage.local). */
export interface PageState {
  rules: Rule[];
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

export interface ProtocolMap {
  // → background
  getPageState(): PageState;
  reportPapers(data: { papers: PaperInfo[] }): void;
  savePaper(data: { paper: PaperInfo }): SavedPaper;
  removePapers(data: { ids: string[] }): SavedPaper[];
  restorePapers(data: { papers: SavedPaper[] }): void;
  updatePapers(data: { ids: string[]; patch: PaperPatch; addTags?: string[]; removeTags?: string[] }): void;
  querySaved(data: SavedQuery): SavedPage;
  getSaved(data: { ids?: string[] }): SavedPaper[];
  setManual(data: ManualMark): void;
  setSettings(data: Partial<Settings>): Settings;
  putRule(data: RuleInput): Rule;
  deleteRule(data: { id: string }): Rule | null;
  restoreRule(data: Rule): void;
  reorderRules(data: { ids: string[] }): void;
  importBackup(data: ImportSource & { kind?: ImportKind }): ImportResult;
  exportBackup(data: { ids?: string[]; rulesOnly?: boolean }): string;
  /** BibTeX for one paper: the saved record when there is one, else what pages reported. */
  bibtexOf(data: { paper: PaperInfo }): string;
  /** Keyword rules proposed from saved versus hidden papers (computed locally). */
  suggestRules(): Suggestion[];
  /** Per stored rule, its matches per local day over the last 30 days (zero-filled). */
  ruleHistory(): Record<string, RuleHistory>;
  /** The For you model: what it learnt from and when (Library). */
  forYouStatus(): ForYouStatus;
  /** Library "Reset": forget the model and the papers passed over so far, learn again. */
  resetForYou(): ForYouStatus;
  /** A content script: the reader saw these papers on this listing (null: on a paper page). */
  recordVisit(data: { listing: string | null; ids: string[] }): void;
  /** A content script: its tab's counts for the toolbar badge (the tab is the sender's). */
  setBadge(data: BadgeCounts): void;
  /** Sync through the browser's account (issue 19): its state, and turning it on or off (may throw: no sync storage). */
  getSyncStatus(): SyncStatus;
  setSyncEnabled(data: { enabled: boolean }): SyncStatus;
  // → one tab's content script
  listTabPapers(): TabPapers;
  /** Popup → one tab: every paper on the listing counts as seen now; answers how many were marked new. */
  markAllSeen(): { cleared: number };
}

export const { sendMessage, onMessage, removeAllListeners } = defineMessenger<ProtocolMap>();
