// Bundled by tests/bench/sync.mjs for Node: packing a typical library (issue 19).
import { pack } from '@/utils/sync/pack';
import { projectLocal } from '@/utils/sync/project';
import { PACK_LIMITS } from '@/utils/sync/limits';
import { DEFAULT_SETTINGS } from '@/utils/types';
import { typicalLibrary } from '../unit/sync/dataset';

export async function packTypical(n: number, encoding: 'best' | 'plain' | 'gzip' = 'best') {
  const { papers, rules } = typicalLibrary(n);
  const values = projectLocal({ papers, rules, manual: [], settings: DEFAULT_SETTINGS });
  const records = [...values].map(([k, v], i) => ({ k, t: 1_765_000_000_000 + i * 1000, by: i % 2 ? 'a1b2c3d4' : 'e5f6a7b8', v }));
  const limits = encoding === 'best' ? PACK_LIMITS : { ...PACK_LIMITS, total: 1e9, items: 1e6 };
  const t = performance.now();
  const packed = await pack(records, limits, encoding);
  return { ms: performance.now() - t, bytes: packed.bytes, items: Object.keys(packed.items).length, left: packed.left.length, rules: rules.length };
}
