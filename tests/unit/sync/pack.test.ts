// Packing into storage.sync items: every limit holds, everything comes back, priorities when full.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pack } from '@/utils/sync/pack';
import { readArea } from '@/utils/sync/area';
import { BROWSER_LIMITS, itemBytes, PACK_LIMITS } from '@/utils/sync/limits';
import { projectLocal } from '@/utils/sync/project';
import { DEFAULT_SETTINGS, type SavedPaper } from '@/utils/types';
import type { SyncRecord } from '@/utils/sync/record';
import { typicalLibrary } from './dataset';
import { paper } from './memory-machine';

function records(papers: SavedPaper[], rules = typicalLibrary(0).rules, t = 1_760_000_000_000): SyncRecord[] {
  const values = projectLocal({ papers, rules, manual: [{ id: '2501.00001', hidden: true }], settings: DEFAULT_SETTINGS });
  return [...values].map(([k, v], i) => ({ k, t: t + i, by: i % 2 ? 'a1b2c3d4' : 'e5f6a7b8', v }));
}

function withinLimits(items: Record<string, unknown>) {
  const sizes = Object.entries(items).map(([k, v]) => itemBytes(k, v));
  expect(sizes.every((s) => s <= PACK_LIMITS.perItem && s <= BROWSER_LIMITS.perItem)).toBe(true);
  expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(PACK_LIMITS.total);
  expect(sizes.length).toBeLessThanOrEqual(BROWSER_LIMITS.items);
}

describe('pack', () => {
  it('fits 2,000 typical saved papers and the rules, and reads them back exactly', async () => {
    const { papers, rules } = typicalLibrary(2000);
    const recs = records(papers, rules);
    const packed = await pack(recs);
    withinLimits(packed.items);
    expect(packed.left).toEqual([]);
    const back = await readArea(packed.items);
    const sig = (r: SyncRecord) => JSON.stringify(r);
    expect(back.records.map(sig).sort()).toEqual(recs.map(sig).sort());
    expect(back.bytes).toBe(packed.bytes);
  });

  it('gzip beats the plain compact encoding on a typical library (and both read back)', async () => {
    const recs = records(typicalLibrary(300).papers);
    const plain = await pack(recs, { ...PACK_LIMITS, total: 10_000_000, items: 10_000 }, 'plain');
    const zipped = await pack(recs, { ...PACK_LIMITS, total: 10_000_000, items: 10_000 }, 'gzip');
    expect(zipped.bytes).toBeLessThan(plain.bytes * 0.7);
    expect((await readArea(plain.items)).records.length).toBe(recs.length);
    expect((await readArea(zipped.items)).records.length).toBe(recs.length);
  });

  it('when full: rules, settings and manual choices first, then unread and reading before done, newest first', async () => {
    const { papers, rules } = typicalLibrary(6000, 7);
    const packed = await pack(records(papers, rules));
    withinLimits(packed.items);
    const kept = packed.kept;
    for (const r of rules) expect(kept.has(`r${r.id}`)).toBe(true);
    expect(kept.has('shideMode') && kept.has('m2501.00001')).toBe(true);
    const left = papers.filter((p) => !kept.has(`p${p.id}`));
    const inside = papers.filter((p) => kept.has(`p${p.id}`));
    expect(left.length).toBeGreaterThan(0);
    expect(left.length).toBe(packed.left.length);
    // No paper left out ranks above one kept.
    const rank = (p: SavedPaper) => [p.status === 'done' ? 1 : 0, -Date.parse(p.savedAt)];
    const worstKept = inside.map(rank).sort((a, b) => a[0] - b[0] || a[1] - b[1]).at(-1)!;
    for (const p of left) {
      const r = rank(p);
      expect(r[0] > worstKept[0] || (r[0] === worstKept[0] && r[1] >= worstKept[1])).toBe(true);
    }
  });

  it('a paper whose note is too long for any item stays local, the others sync', async () => {
    const huge = paper('2501.99999', '2025-06-01T00:00:00.000Z', { note: Array.from({ length: 4000 }, (_, i) => `w${i * 7919}`).join(' ') });
    const packed = await pack(records([huge, paper('2501.00002', '2025-06-01T00:00:00.000Z')]));
    expect(packed.kept.has('p2501.00002')).toBe(true);
    expect(packed.left.map((r) => r.k)).toEqual(['p2501.99999']);
  });

  it('stays within every limit for 0 to 5,000 papers with long notes and unusual tags (property)', async () => {
    const tag = fc.stringMatching(/^[a-z0-9\u00e0-\u00ff\u4e00-\u4e10"\\'<>{}[\],:#-]{1,24}$/);
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 5000 }),
        fc.array(tag, { minLength: 1, maxLength: 12 }),
        fc.string({ unit: 'grapheme', maxLength: 600 }),
        fc.integer({ min: 1, max: 1000 }),
        async (n, tags, note, seed) => {
          const papers = typicalLibrary(n, seed).papers.map((p, i) => ({ ...p, tags: i % 3 ? p.tags : tags, note: i % 4 ? p.note : note + i }));
          const packed = await pack(records(papers));
          withinLimits(packed.items);
          const back = await readArea(packed.items);
          expect(back.records.length).toBe(packed.kept.size);
          expect(packed.kept.size + packed.left.length).toBe(papers.length + 12 + 1 + Object.keys(DEFAULT_SETTINGS).length - 1);
        },
      ),
      { numRuns: 12 },
    );
  }, 120_000);
});
