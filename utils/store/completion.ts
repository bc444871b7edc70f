// Completes saved papers whose authors/abstract the page did not show, from the public API.
// The paper is saved at once; this runs after, one request at a time, backing off when
// offline or rate-limited (HF: 500 API requests per 5 minutes), and resumes after a restart.
// A Save queues one paper; a BibTeX import can queue thousands, so the pace below is what
// keeps a large queue under HF's limit, not the retries.
import { db } from '@/utils/db';
import { paperFromApiPaper } from '@/utils/page/api-items';
import { isIncomplete } from '@/utils/paper/info';
import { completePaper } from './saved';
import { serial } from './serial';

/**
 * At least this long between two requests: at most 250 per 5 minutes, half of HF's limit, which
 * the reader's own use of huggingface.co may share. 5,000 imported papers take about 100 minutes.
 * The pace and the pause below live in memory: a worker restart costs at most one early request.
 */
const SPACING_MS = 1200;
const MAX_ATTEMPTS = 8;
const MAX_BACKOFF_MS = 60 * 60_000;
const backoffMs = (attempts: number) => Math.min(MAX_BACKOFF_MS, 30_000 * 2 ** attempts);

let running: Promise<void> | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;
/** Offline or rate-limited: no request at all before this time (ms), for any paper. */
let pausedUntil = 0;
/** Stops in a row (offline, 429, 5xx): the pause doubles with each, up to an hour. */
let stops = 0;
/** Bumped by _resetCompletion: a drain of an earlier generation ends at its next step. */
let generation = 0;

export function runCompletion(fetchFn: typeof fetch = fetch): Promise<void> {
  if (!running) {
    const run: Promise<void> = drain(fetchFn, generation).finally(() => {
      if (running === run) running = undefined;
    });
    running = run;
  }
  return running;
}

/** Tests: forget the queue's state (pause, timer, a drain still running on an earlier database). */
export function _resetCompletion(): void {
  clearTimeout(timer);
  timer = undefined;
  running = undefined;
  pausedUntil = 0;
  stops = 0;
  generation++;
}

async function drain(fetchFn: typeof fetch, gen: number): Promise<void> {
  const d = await db();
  const current = () => gen === generation && Date.now() >= pausedUntil;
  outer: while (current()) {
    const now = Date.now();
    const due = (await d.getAll('pending')).filter((p) => p.nextAt <= now);
    if (!due.length) break;
    for (const job of due) {
      if (!current()) break outer;
      // Removed from the Library, or completed another way (a later import, a Save) since it was queued.
      const paper = await d.get('papers', job.id);
      if (!paper || !isIncomplete(paper)) {
        await d.delete('pending', job.id);
        continue;
      }
      const { outcome, retryAfterMs } = await fetchOne(job.id, fetchFn);
      if (gen !== generation) return;
      if (outcome === 'done' || job.attempts + 1 >= MAX_ATTEMPTS) await d.delete('pending', job.id);
      else await d.put('pending', { ...job, attempts: job.attempts + 1, nextAt: Date.now() + backoffMs(job.attempts) });
      if (outcome === 'stop') {
        // Offline or rate-limited: the whole queue waits, not just this paper (the others would
        // meet the same answer). One request per pause, whatever the size of the queue.
        pausedUntil = Date.now() + Math.max(backoffMs(stops), Math.min(MAX_BACKOFF_MS, retryAfterMs));
        stops++;
        break outer;
      }
      stops = 0;
      await new Promise((r) => setTimeout(r, SPACING_MS));
    }
  }
  if (gen !== generation) return;
  const later = await d.getAll('pending');
  if (later.length) {
    clearTimeout(timer);
    let at = Infinity;
    for (const p of later) at = Math.min(at, p.nextAt); // no spread: the queue can hold 10,000s
    at = Math.max(at, pausedUntil);
    timer = setTimeout(() => void runCompletion(fetchFn).catch(() => {}), Math.max(1000, at - Date.now()));
  }
}

/** Retry-After in seconds or as an HTTP date; 0 when absent or unreadable. */
function retryAfter(res: Response): number {
  const h = res.headers.get('retry-after')?.trim();
  if (!h) return 0;
  const ms = /^\d+$/.test(h) ? Number(h) * 1000 : Date.parse(h) - Date.now();
  return Number.isFinite(ms) && ms > 0 ? ms : 0;
}

type Outcome = { outcome: 'done' | 'retry' | 'stop'; retryAfterMs: number };

async function fetchOne(id: string, fetchFn: typeof fetch): Promise<Outcome> {
  try {
    const res = await fetchFn(`https://huggingface.co/api/papers/${encodeURIComponent(id)}`);
    if (res.status === 404) return { outcome: 'done', retryAfterMs: 0 }; // unknown to HF: keep what the page gave
    if (res.status === 429 || res.status >= 500) return { outcome: 'stop', retryAfterMs: retryAfter(res) };
    if (!res.ok) return { outcome: 'retry', retryAfterMs: 0 };
    const info = paperFromApiPaper(await res.json());
    // Queued like the Library's writes: an import running meanwhile would overwrite the completion.
    if (info && info.id === id) await serial(() => completePaper(info));
    return { outcome: 'done', retryAfterMs: 0 };
  } catch {
    return { outcome: 'stop', retryAfterMs: 0 }; // network error: offline
  }
}
