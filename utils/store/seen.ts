// Papers read from pages: a metadata cache (full authors/abstract from data-props) that makes
// a later Save complete without a network request. Bounded: old entries are pruned.
import { db } from '@/utils/db';
import type { PaperInfo } from '@/utils/types';
import { mergeInfo } from '@/utils/paper/info';

const KEEP_DAYS = 90;

export async function recordSeen(papers: PaperInfo[], now: Date): Promise<void> {
  if (!papers.length) return;
  const d = await db();
  const tx = d.transaction('seen', 'readwrite');
  const seenAt = now.toISOString();
  const olds = await Promise.all(papers.map((p) => tx.store.get(p.id)));
  await Promise.all([
    ...papers.map((p, i) => tx.store.put({ ...(mergeInfo(p, olds[i]) ?? p), seenAt })),
    tx.done,
  ]);
}

export async function pruneSeen(now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - KEEP_DAYS * 86400_000).toISOString();
  const d = await db();
  const tx = d.transaction('seen', 'readwrite');
  let n = 0;
  for (let c = await tx.store.index('by-seenAt').openCursor(IDBKeyRange.upperBound(cutoff)); c; c = await c.continue()) {
    await c.delete();
    n++;
  }
  await tx.done;
  return n;
}
