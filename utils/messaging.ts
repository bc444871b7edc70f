// The one typed protocol between content scripts, popup, Library and the background. What the
// messages carry is typed in utils/types.ts (or a feature's own types file).
import { defineExtensionMessaging } from '@webext-core/messaging';
import type {
  ImportKind, ImportResult, ImportSource, ManualMark, PageState, PaperInfo, PaperPatch, Rule, RuleInput, SavedPage,
  SavedPaper, SavedQuery, Settings, TabPapers,
} from '@/utils/types';
import type { Suggestion } from '@/utils/suggest';
import type { RuleHistory } from '@/utils/history/series';
import type { BadgeCounts } from '@/utils/seen/badge';
import type { SyncStatus } from '@/utils/sync/status';
import type { ForYouStatus } from '@/utils/rank/status';

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

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
