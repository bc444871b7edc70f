// Expected values for e2e tests, read from the committed API fixtures (independent of the parser).
import { readFixture } from './routes.mjs';

export const items2025 = () => JSON.parse(readFixture('hf-api-daily_papers_date-2025-06-18.json'));
export const items2024 = () => JSON.parse(readFixture('hf-api-daily_papers_date-2024-05-27.json'));
export const ids = (items) => items.map((i) => i.paper.id);

/** Whole-word, case-insensitive presence of a plain word in title or abstract (SPEC term rule). */
export function mentions(item, word) {
  const re = new RegExp(`(?<![\\p{L}\\p{N}_])${word}(?![\\p{L}\\p{N}_])`, 'iu');
  return re.test(item.paper.title) || re.test(item.paper.summary ?? '');
}
