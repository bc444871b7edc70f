// The one typed protocol between content scripts, popup, Library and the background.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ManualMark, PaperInfo, Rule, RuleAction, RuleConditions, RuleField, SavedPaper, Settings, ReadStatus } from '@/utils/types';
import type { PageKind } from '@/utils/page/detect';
import type { Suggestion } from '@/utils/suggest';
import type { RuleHistory } from '@/utils/history/series';

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
  reasons: { tag: string; action: RuleAction; fields: RuleField[]; label?: string }[];
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
  importBackup(data: { text: string; kind?: 'backup' | 'bibtex' | 'rules' }): ImportResult;
  exportBackup(data: { ids?: string[]; rulesOnly?: boolean }): string;
  /** BibTeX for one paper: the saved record when there is one, else what pages reported. */
  bibtexOf(data: { paper: PaperInfo }): string;
  /** Keyword rules proposed from saved versus hidden papers (computed locally). */
  suggestRules(): Suggestion[];
  /** Per stored rule, its matches per local day over the last 30 days (zero-filled). */
  ruleHistory(): Record<string, RuleHistory>;
  // → one tab's content script
  listTabPapers(): TabPapers;
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
