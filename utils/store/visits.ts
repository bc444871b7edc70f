// Background: the seen ids and listing visits behind "new since your last visit", in storage.local
// (see utils/seen/seen-set.ts for the records), so a papers tab reads them at document_start
// without waking the service worker. Only the background writes them, one write at a time.
import { browser } from 'wxt/browser';
import {
  SEEN_KEY,
  VISIT_PREFIX,
  addSeen,
  addVisit,
  isSeenRecord,
  isVisitRecord,
  staleVisits,
} from '@/utils/seen/seen-set';

const PRUNE_EVERY_MS = 6 * 3600_000;
let lastPrune = 0;
let chain: Promise<unknown> = Promise.resolve();

/** Runs read-modify-writes one after another (several tabs may report at once). */
function serial<T>(fn: () => Promise<T>): Promise<T> {
  const p = chain.then(fn);
  chain = p.catch(() => {});
  return p;
}

/**
 * The reader saw these papers: on a listing (its visit record is updated) or on a paper page
 * (listing null). Every id also joins the ids seen anywhere.
 */
export function recordVisit(visit: { listing: string | null; ids: string[] }, now: number): Promise<void> {
  return serial(async () => {
    const visitKey = visit.listing ? VISIT_PREFIX + visit.listing : null;
    const got = await browser.storage.local.get(visitKey ? [SEEN_KEY, visitKey] : [SEEN_KEY]);
    const old = isSeenRecord(got[SEEN_KEY]) ? got[SEEN_KEY] : undefined;
    const seen = addSeen(old, visit.ids, now);
    const out: Record<string, unknown> = {};
    if (seen !== old) out[SEEN_KEY] = seen; // unchanged: no 220 KB write for every tab to hear about
    if (visitKey) out[visitKey] = addVisit(isVisitRecord(got[visitKey]) ? got[visitKey] : undefined, visit.ids, now);
    if (Object.keys(out).length) await browser.storage.local.set(out);
    if (now - lastPrune > PRUNE_EVERY_MS) await prune(now);
  });
}

/** Forgets listings not visited for 90 days (or beyond the 300 most recent) and ids not seen for 90 days. */
export function pruneVisits(now: number): Promise<number> {
  return serial(() => prune(now));
}

async function prune(now: number): Promise<number> {
  lastPrune = now;
  const local = browser.storage.local as typeof browser.storage.local & { getKeys?: () => Promise<string[]> };
  const keys = local.getKeys ? await local.getKeys() : Object.keys(await local.get(null));
  const visitKeys = keys.filter((k) => k.startsWith(VISIT_PREFIX));
  const got = await local.get([SEEN_KEY, ...visitKeys]);
  const stale = staleVisits(got, now);
  if (stale.length) await local.remove(stale);
  if (isSeenRecord(got[SEEN_KEY])) {
    const seen = addSeen(got[SEEN_KEY], [], now);
    if (seen !== got[SEEN_KEY]) await local.set({ [SEEN_KEY]: seen });
  }
  return stale.length;
}
