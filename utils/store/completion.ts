// Completes saved papers whose authors/abstract the page did not show, from the public API.
// The paper is saved at once; this runs after, one request at a time, backing off when
// offline or rate-limited (HF: 500 requests per 5 minutes), and resumes after a restart.
import { db } from '@/utils/db';
import { paperFromApiPaper } from '@/utils/page/api-items';
import { completePaper } from './saved';
import { serial } from './serial';

const SPACING_MS = 250;
const MAX_ATTEMPTS = 8;
const backoffMs = (attempts: number) => Math.min(60 * 60_000, 30_000 * 2 ** attempts);

let running: Promise<void> | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;

export function runCompletion(fetchFn: typeof fetch = fetch): Promise<void> {
  return (running ??= drain(fetchFn).finally(() => {
    running = undefined;
  }));
}

async function drain(fetchFn: typeof fetch): Promise<void> {
  const d = await db();
  for (;;) {
    const now = Date.now();
    const due = (await d.getAll('pending')).filter((p) => p.nextAt <= now);
    if (!due.length) break;
    for (const job of due) {
      const outcome = await fetchOne(job.id, fetchFn);
      if (outcome === 'done' || job.attempts + 1 >= MAX_ATTEMPTS) await d.delete('pending', job.id);
      else {
        await d.put('pending', { ...job, attempts: job.attempts + 1, nextAt: Date.now() + backoffMs(job.attempts) });
        if (outcome === 'stop') break; // offline or rate-limited: the rest waits too
      }
      await new Promise((r) => setTimeout(r, SPACING_MS));
    }
  }
  const later = await d.getAll('pending');
  if (later.length) {
    clearTimeout(timer);
    const next = Math.max(1000, Math.min(...later.map((p) => p.nextAt)) - Date.now());
    timer = setTimeout(() => void runCompletion(fetchFn), next);
  }
}

async function fetchOne(id: string, fetchFn: typeof fetch): Promise<'done' | 'retry' | 'stop'> {
  try {
    const res = await fetchFn(`https://huggingface.co/api/papers/${encodeURIComponent(id)}`);
    if (res.status === 404) return 'done'; // unknown to HF: keep what the page gave
    if (res.status === 429 || res.status >= 500) return 'stop';
    if (!res.ok) return 'retry';
    const info = paperFromApiPaper(await res.json());
    // Queued like the Library's writes: an import running meanwhile would overwrite the completion.
    if (info && info.id === id) await serial(() => completePaper(info));
    return 'done';
  } catch {
    return 'stop'; // network error: offline
  }
}
