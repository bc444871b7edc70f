// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readDataProps } from '@/utils/page/data-props';
import { loadFixture, parseHtml, TRENDING, TRENDING_URL } from './load';

const island = (doc: Document) => doc.querySelector('[data-target="DailyPapers"]')!;
const setProps = (doc: Document, v: unknown) => island(doc).setAttribute('data-props', JSON.stringify(v));

describe('readDataProps', () => {
  it('trending: the one JSON entry (2403.08299), full data, only on the trending URL', () => {
    const doc = loadFixture(TRENDING);
    const map = readDataProps(doc, TRENDING_URL)!;
    expect([...map.keys()]).toEqual(['2403.08299']);
    expect(map.get('2403.08299')).toMatchObject({
      title: 'AutoDev: Automated AI-Driven Development', upvotes: 21, comments: 2, githubStars: 25278,
      authors: ['Michele Tufano', 'Anisha Agarwal', 'Jinu Jang', 'Roshanak Zilouchian Moghaddam', 'Neel Sundaresan'],
    });
    expect(map.get('2403.08299')!.aiSummary).toMatch(/^AutoDev is an AI-driven/);
    for (const url of ['/papers/date/2026-10-07', '/papers?q=autodev', '/papers/week/2026-W41', '/papers', '/papers/2403.08299', '/models']) {
      expect(readDataProps(doc, url)).toBeNull();
    }
  });

  it('daily pages: fresh for their date only', () => {
    const d25 = loadFixture('pages/daily-2025-06-18.html');
    expect(readDataProps(d25, '/papers/date/2025-06-18')!.size).toBe(23);
    expect(readDataProps(d25, 'https://huggingface.co/papers?date=2025-06-18')!.size).toBe(23);
    for (const url of ['/papers/date/2025-06-17', '/papers/week/2025-W25', '/papers/trending', '/papers?q=llm', '/papers/month/2025-06']) {
      expect(readDataProps(d25, url)).toBeNull();
    }
    expect(readDataProps(loadFixture('pages/daily-2024-05-27.html'), '/papers/date/2024-05-27')!.size).toBe(13);
  });

  it('week page: stale props are refused, fresh ones accepted', () => {
    const doc = loadFixture('pages/week-2025-W25.html');
    expect(readDataProps(doc, '/papers/week/2025-W25')).toBeNull();
    expect(readDataProps(doc, '/papers/week/2025-W24')!.size).toBe(23);
    const props = JSON.parse(island(doc).getAttribute('data-props')!);
    setProps(doc, { ...props, dateString: '2025-W25' });
    expect(readDataProps(doc, '/papers/week/2025-W25')!.size).toBe(23);
    setProps(doc, { ...props, periodType: 'month', dateString: '2025-06' });
    expect(readDataProps(doc, '/papers/week/2025-W25')).toBeNull();
    expect(readDataProps(doc, '/papers/month/2025-06')!.size).toBe(23);
  });

  it('search page: searchResults first, and only for the same query', () => {
    const doc = loadFixture('pages/search-source-citations.html');
    const map = readDataProps(doc, '/papers?q=diffusion')!;
    expect([...map.keys()]).toEqual(['2506.14429', '2506.14603', '2506.10100', '2506.10038', '2506.14234', '2506.13642']);
    expect(readDataProps(doc, '/papers/trending?q=diffusion')!.size).toBe(6);
    expect(readDataProps(doc, '/papers?q=citations')).toBeNull();
    expect(readDataProps(doc, '/papers/date/2025-06-18')).toBeNull();
  });

  it('paper page: PaperContent island for its own id', () => {
    const doc = loadFixture('pages/paper-2506.13642.html');
    const map = readDataProps(doc, '/papers/2506.13642')!;
    expect([...map.keys()]).toEqual(['2506.13642']);
    expect(map.get('2506.13642')!.authors).toHaveLength(5);
    expect(readDataProps(doc, '/papers/2506.14429')).toBeNull();
    expect(readDataProps(doc, '/papers/date/2025-06-18')).toBeNull();
  });

  it('missing, broken or re-written props', () => {
    expect(readDataProps(loadFixture('pages/trending-noprops.html'), TRENDING_URL)).toBeNull();
    const doc = loadFixture(TRENDING);
    expect(readDataProps(doc, TRENDING_URL)!.size).toBe(1);
    island(doc).setAttribute('data-props', '{"dailyPapers":[{"paper":');
    expect(readDataProps(doc, TRENDING_URL)).toBeNull();
    setProps(doc, { isTrending: true, dailyPapers: [{ paper: { id: '2405.00001', title: 'New' } }, 'junk', null] });
    expect([...readDataProps(doc, TRENDING_URL)!.keys()]).toEqual(['2405.00001']); // the cache follows the attribute
    setProps(doc, ['not', 'an', 'object']);
    expect(readDataProps(doc, TRENDING_URL)).toBeNull();
    expect(readDataProps(parseHtml('<main></main>'), TRENDING_URL)).toBeNull();
  });

  it('returns a copy: callers cannot poison the cache', () => {
    const doc = loadFixture(TRENDING);
    readDataProps(doc, TRENDING_URL)!.clear();
    expect(readDataProps(doc, TRENDING_URL)!.size).toBe(1);
  });
});
