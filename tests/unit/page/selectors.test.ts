// @vitest-environment happy-dom
// Expected selector counts per fixture: the first place to look when HF changes its markup
// (add the new capture as a fixture and an entry here; keep the old entries passing).
import { describe, expect, it } from 'vitest';
import * as S from '@/utils/page/selectors';
import { loadFixture, TRENDING } from './load';

const count = (doc: Document, sel: string) => doc.querySelectorAll(sel).length;
const inCards = (sel: string) => sel.split(',').map((s) => `main article ${s.trim()}`).join(', ');

/** What each count measures. */
const MEASURE = {
  cards: (d: Document) => count(d, 'main article'),
  titleLinks: (d: Document) => count(d, S.titleLink),
  cardParagraphs: (d: Document) => count(d, 'main article p'),
  arxivLinks: (d: Document) => count(d, S.arxivLink),
  githubLinks: (d: Document) => count(d, S.githubLink),
  /** The upvote link and its inner checkbox count twice. */
  upvoteElements: (d: Document) => count(d, S.upvote),
  communityLinks: (d: Document) => count(d, S.communityLink),
  authorItems: (d: Document) => count(d, inCards(S.authorItem)),
  orgChips: (d: Document) => count(d, inCards(S.orgChip)),
  dailyIsland: (d: Document) => count(d, S.dailyIsland),
  paperIsland: (d: Document) => count(d, S.paperIsland),
};
type Counts = Record<keyof typeof MEASURE, number>;

const EXPECTED: Record<string, Counts> = {
  [TRENDING]: { cards: 3, titleLinks: 6, cardParagraphs: 6, arxivLinks: 6, githubLinks: 6, upvoteElements: 12, communityLinks: 0, authorItems: 10, orgChips: 4, dailyIsland: 1, paperIsland: 0 },
  'pages/trending-noclass.html': { cards: 3, titleLinks: 6, cardParagraphs: 6, arxivLinks: 6, githubLinks: 6, upvoteElements: 12, communityLinks: 0, authorItems: 10, orgChips: 0, dailyIsland: 1, paperIsland: 0 },
  'pages/trending-noprops.html': { cards: 3, titleLinks: 6, cardParagraphs: 6, arxivLinks: 6, githubLinks: 6, upvoteElements: 12, communityLinks: 0, authorItems: 10, orgChips: 4, dailyIsland: 0, paperIsland: 0 },
  'pages/daily-2025-06-18.html': { cards: 23, titleLinks: 23, cardParagraphs: 0, arxivLinks: 0, githubLinks: 9, upvoteElements: 23, communityLinks: 23, authorItems: 0, orgChips: 0, dailyIsland: 1, paperIsland: 0 },
  'pages/daily-2024-05-27.html': { cards: 13, titleLinks: 13, cardParagraphs: 0, arxivLinks: 0, githubLinks: 0, upvoteElements: 13, communityLinks: 5, authorItems: 0, orgChips: 0, dailyIsland: 1, paperIsland: 0 },
  'pages/week-2025-W25.html': { cards: 23, titleLinks: 23, cardParagraphs: 0, arxivLinks: 0, githubLinks: 9, upvoteElements: 23, communityLinks: 23, authorItems: 0, orgChips: 0, dailyIsland: 1, paperIsland: 0 },
  'pages/search-source-citations.html': { cards: 4, titleLinks: 4, cardParagraphs: 0, arxivLinks: 0, githubLinks: 0, upvoteElements: 4, communityLinks: 4, authorItems: 18, orgChips: 0, dailyIsland: 1, paperIsland: 0 },
  'pages/paper-2506.13642.html': { cards: 0, titleLinks: 1, cardParagraphs: 0, arxivLinks: 1, githubLinks: 1, upvoteElements: 2, communityLinks: 0, authorItems: 0, orgChips: 0, dailyIsland: 0, paperIsland: 1 },
};

describe.each(Object.entries(EXPECTED))('%s', (file, want) => {
  it('selector counts', () => {
    const doc = loadFixture(file);
    const got = Object.fromEntries(Object.entries(MEASURE).map(([name, measure]) => [name, measure(doc)]));
    expect(got).toEqual(want);
  });
});
