// @vitest-environment happy-dom
// Expected selector counts per fixture: the first place to look when HF changes its markup
// (add the new capture as a fixture and a row here; keep the old rows passing).
import { describe, expect, it } from 'vitest';
import * as S from '@/utils/page/selectors';
import { loadFixture, TRENDING } from './load';

const count = (doc: Document, sel: string) => doc.querySelectorAll(sel).length;
const inCards = (sel: string) => sel.split(',').map((s) => `main article ${s.trim()}`).join(', ');

// [fixture, main article, title links, article p, arXiv, GitHub, upvote elements (link + inner checkbox count twice), #community, li[title], org chips, DailyPapers island, PaperContent island]
const ROWS: [string, ...number[]][] = [
  [TRENDING, 3, 6, 6, 6, 6, 12, 0, 10, 4, 1, 0],
  ['pages/trending-noclass.html', 3, 6, 6, 6, 6, 12, 0, 10, 0, 1, 0],
  ['pages/trending-noprops.html', 3, 6, 6, 6, 6, 12, 0, 10, 4, 0, 0],
  ['pages/daily-2025-06-18.html', 23, 23, 0, 0, 9, 23, 23, 0, 0, 1, 0],
  ['pages/daily-2024-05-27.html', 13, 13, 0, 0, 0, 13, 5, 0, 0, 1, 0],
  ['pages/week-2025-W25.html', 23, 23, 0, 0, 9, 23, 23, 0, 0, 1, 0],
  ['pages/search-source-citations.html', 4, 4, 0, 0, 0, 4, 4, 18, 0, 1, 0],
  ['pages/paper-2506.13642.html', 0, 1, 0, 1, 1, 2, 0, 0, 0, 0, 1],
];

describe.each(ROWS)('%s', (file, ...want) => {
  it('selector counts', () => {
    const doc = loadFixture(file);
    expect([
      count(doc, 'main article'), count(doc, S.titleLink), count(doc, 'main article p'), count(doc, S.arxivLink), count(doc, S.githubLink),
      count(doc, S.upvote), count(doc, S.communityLink), count(doc, inCards(S.authorItem)), count(doc, inCards(S.orgChip)),
      count(doc, S.dailyIsland), count(doc, S.paperIsland),
    ]).toEqual(want);
  });
});
