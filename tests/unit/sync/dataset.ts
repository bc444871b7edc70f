// A reader's typical library, made up deterministically (tests and `npm run bench`):
// arXiv ids of the last two years, 0–3 tags from a vocabulary of 24, a quarter with a short note.
import type { Rule, SavedPaper } from '@/utils/types';
import { paper, rule } from './memory-machine';

const TAGS = [
  'diffusion', 'llm', 'reinforcement-learning', 'to-read', 'survey', 'benchmark', 'vision-language', 'agents',
  'reasoning', 'rlhf', 'efficient-inference', 'robotics', 'speech', 'retrieval', 'code-generation', 'multimodal',
  'interpretability', 'safety', 'video', '3d', 'quantization', 'moe', 'long-context', 'datasets',
];
const NOTES = ['Read section 4 first.', 'Compare with last week’s baseline.', 'Good related work list.', 'Try on our data', 'Ask Ana about this', 'Ablations look thin; check appendix B.', 'cite in intro'];

/** A small deterministic random generator (mulberry32). */
export function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function typicalLibrary(count: number, seed = 1): { papers: SavedPaper[]; rules: Rule[] } {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const start = Date.parse('2025-01-01T00:00:00Z');
  const papers: SavedPaper[] = [];
  const ids = new Set<string>();
  for (let i = 0; i < count; i++) {
    const at = start + Math.floor((i / Math.max(1, count)) * 700 * 86_400_000 + r() * 3_600_000);
    const d = new Date(at);
    let id = '';
    do id = `${String(d.getUTCFullYear()).slice(2)}${String(d.getUTCMonth() + 1).padStart(2, '0')}.${String(Math.floor(r() * 30000)).padStart(5, '0')}`;
    while (ids.has(id));
    ids.add(id);
    const tags = [...new Set(Array.from({ length: Math.floor(r() * 4) }, () => pick(TAGS)))];
    const s = r();
    papers.push(paper(id, d.toISOString(), { tags, status: s < 0.6 ? 'unread' : s < 0.75 ? 'reading' : 'done', note: r() < 0.25 ? pick(NOTES) : '' }));
  }
  const rules = TAGS.slice(0, 12).map((t, i) => rule(`r${i}`, i, { tag: t, terms: [t.replace(/-/g, ' '), `${t} model`], action: i % 5 === 4 ? 'hide' : 'highlight' }));
  return { papers, rules };
}
