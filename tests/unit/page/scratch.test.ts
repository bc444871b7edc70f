// @vitest-environment happy-dom
import { it } from 'vitest';
import { parseCards } from '@/utils/page';
import { loadFixture, TRENDING, TRENDING_URL } from './load';
it('scratch', () => {
  const cards = parseCards(loadFixture(TRENDING), TRENDING_URL);
  console.log(JSON.stringify(cards.map((c) => ({ ...c.paper, summary: c.paper.summary?.slice(0, 50), n: [c.articles.length, c.titles.length, c.abstracts.length] })), null, 1));
  for (const [f, u] of [['pages/daily-2025-06-18.html', '/papers/date/2025-06-18'], ['pages/week-2025-W25.html', '/papers/week/2025-W25'], ['pages/search-source-citations.html', '/papers?q=diffusion'], ['pages/paper-2506.13642.html', '/papers/2506.13642'], ['pages/trending-noclass.html', TRENDING_URL], ['pages/daily-2024-05-27.html', '/papers/date/2024-05-27']]) {
    const t = performance.now();
    const doc = loadFixture(f);
    const t1 = performance.now();
    const cs = parseCards(doc, u);
    console.log(f, (t1 - t).toFixed(0), (performance.now() - t1).toFixed(0), cs.length, JSON.stringify({ ...cs[0]?.paper, summary: cs[0]?.paper.summary?.slice(0, 40), aiSummary: cs[0]?.paper.aiSummary?.slice(0, 40), authors: cs[0]?.paper.authors?.length }), cs[0]?.articles.map((a) => a.tagName), cs[0]?.abstracts.length, cs[0]?.titles.length);
  }
});
