// The sole owner of PaperSift's data. Handlers are one-liners into utils/store; every write
// republishes the page state mirror, which every papers tab follows via storage.onChanged.
import { onMessage } from '@/utils/messaging';
import { publishState, readRules } from '@/utils/store/state';
import * as saved from '@/utils/store/saved';
import * as rules from '@/utils/store/rules';
import { setManual, setSettings } from '@/utils/store/manual';
import { recordSeen, pruneSeen } from '@/utils/store/seen';
import { recordHits, ruleHistory } from '@/utils/store/hits';
import { suggestFromStore } from '@/utils/store/suggest';
import { runCompletion } from '@/utils/store/completion';
import { ruleTagsFor } from '@/utils/store/tags-for';
import { bibtexOf } from '@/utils/store/cite';
import { exportBackup, importBackup } from '@/utils/store/backup';
import { assertBadgeCounts, assertIds, assertManual, assertPaperInfo, assertVisit, cleanPaperInfo, isPaperInfo, senderTab } from '@/utils/store/validate-message';
import { pruneVisits, recordVisit } from '@/utils/store/visits';
import { showBadge } from '@/utils/action-badge';
import { serial } from '@/utils/store/serial';
import { getSyncStatus, noteLocalChange, resumeSync, setSyncEnabled } from '@/utils/store/sync';
import { forYouStatus, publishForYou, resetForYou, scheduleTraining } from '@/utils/store/foryou';

/** Runs a write, then republishes the mirror so open tabs and pages update. */
async function thenPublish<T>(p: Promise<T>): Promise<T> {
  const out = await p;
  await publishState();
  noteLocalChange(); // sync, when on, sends it (coalesced)
  return out;
}

/**
 * A write to papers, rules or settings: after the earlier ones (imports merge against what is stored).
 * The reading list or what is hidden may have changed: For you retrains once things are quiet.
 */
const queued = <T>(write: () => Promise<T>): Promise<T> => serial(() => thenPublish(write())).finally(() => scheduleTraining());

/** Only PaperSift's own pages (popup, Library) may change rules, settings and bulk data. */
function ownPage(sender: { url?: string; tab?: unknown }): void {
  if (!sender.url?.startsWith(browser.runtime.getURL('/'))) throw new Error('Not allowed from a web page');
}

/** A page's papers feed the metadata cache and the rules' hit history. */
async function reportPapers(papers: unknown[], now: Date): Promise<void> {
  const clean = papers.filter(isPaperInfo).map(cleanPaperInfo);
  await Promise.all([recordSeen(clean, now), recordHits(clean, now)]);
}

async function save(info: ReturnType<typeof assertPaperInfo>) {
  const out = await queued(async () => saved.savePaper(info, ruleTagsFor(info, await readRules()), new Date().toISOString()));
  void runCompletion();
  return out;
}

/** An import queues its papers that lack authors or abstract (utils/store/backup.ts): complete them. */
async function importFile(data: Parameters<typeof importBackup>[0], kind: Parameters<typeof importBackup>[1]) {
  const out = await queued(() => importBackup(data, kind));
  void runCompletion().catch(() => {});
  return out;
}

export default defineBackground(() => {
  // Content scripts (and pages) may ask these:
  onMessage('getPageState', () => publishState());
  onMessage('reportPapers', ({ data }) => reportPapers(Array.isArray(data?.papers) ? data.papers : [], new Date()));
  onMessage('savePaper', ({ data }) => save(assertPaperInfo(data.paper)));
  onMessage('removePapers', ({ data }) => queued(() => saved.removePapers(assertIds(data.ids))));
  onMessage('setManual', ({ data }) => thenPublish(setManual(assertManual(data))).finally(() => scheduleTraining()));
  onMessage('bibtexOf', ({ data }) => bibtexOf(assertPaperInfo(data.paper)));
  onMessage('recordVisit', ({ data }) => recordVisit(assertVisit(data), Date.now()));
  onMessage('setBadge', ({ data, sender }) => showBadge(senderTab(sender), assertBadgeCounts(data)));
  // Only PaperSift's own pages may ask these:
  onMessage('restorePapers', ({ data, sender }) => (ownPage(sender), queued(() => saved.putPapers(data.papers))));
  onMessage('updatePapers', ({ data, sender }) => (ownPage(sender), queued(() => saved.updatePapers(data.ids, data.patch, data.addTags, data.removeTags))));
  onMessage('querySaved', ({ data, sender }) => (ownPage(sender), saved.querySaved(data)));
  onMessage('getSaved', ({ data, sender }) => (ownPage(sender), saved.getSaved(data.ids)));
  onMessage('setSettings', ({ data, sender }) => (ownPage(sender), queued(() => setSettings(data))));
  onMessage('putRule', ({ data, sender }) => (ownPage(sender), queued(() => rules.putRule(data))));
  onMessage('deleteRule', ({ data, sender }) => (ownPage(sender), queued(() => rules.deleteRule(data.id))));
  onMessage('restoreRule', ({ data, sender }) => (ownPage(sender), queued(() => rules.restoreRule(data))));
  onMessage('reorderRules', ({ data, sender }) => (ownPage(sender), queued(() => rules.reorderRules(data.ids))));
  onMessage('importBackup', ({ data, sender }) => (ownPage(sender), importFile(data, data.kind)));
  onMessage('exportBackup', ({ data, sender }) => (ownPage(sender), exportBackup(data.ids, data.rulesOnly)));
  onMessage('suggestRules', ({ sender }) => (ownPage(sender), suggestFromStore()));
  onMessage('getSyncStatus', ({ sender }) => (ownPage(sender), getSyncStatus()));
  onMessage('setSyncEnabled', ({ data, sender }) => (ownPage(sender), setSyncEnabled(data.enabled === true)));
  onMessage('ruleHistory', ({ sender }) => (ownPage(sender), ruleHistory(new Date())));
  onMessage('forYouStatus', ({ sender }) => (ownPage(sender), forYouStatus()));
  onMessage('resetForYou', ({ sender }) => (ownPage(sender), serial(() => resetForYou())));

  // After a (re)start: rebuild the mirror, resume completions, prune the seen cache.
  void publishState().catch((e) => console.warn('PaperSift: storage unavailable', e));
  void runCompletion().catch(() => {});
  void resumeSync().catch((e) => console.warn('PaperSift: sync not resumed', e));
  void pruneSeen(new Date()).catch(() => {});
  void pruneVisits(Date.now()).catch(() => {});
  void publishForYou().catch(() => {}); // the stored model, not retrained

});
