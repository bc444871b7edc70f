// Every format handles a 10,000-paper Library in linear time (key uniqueness uses a Map, not a
// scan). Absolute times belong in `npm run bench` (TEAM.md: no timed assertions): six people
// share two cores here, so this compares 10,000 papers against 1,000 measured the same way:
// linear code takes about 10× as long, a quadratic step about 100× (the limit, 50, sits between).
import { describe, expect, it } from 'vitest';
import type { SavedPaper } from '../../../utils/types';
import { backupToJson, createBackup } from '../../../utils/export/backup';
import { toBibtex } from '../../../utils/export/bibtex';
import { toCslJson } from '../../../utils/export/csl';
import { toCsv } from '../../../utils/export/csv';
import { toMarkdown } from '../../../utils/export/markdown';
import { toRis } from '../../../utils/export/ris';
import { validateBackup } from '../../../utils/export/validate';
import { readBibtex } from '../../../utils/import/bibtex';
import { fixturePapers } from '../../fixtures/papers';

// Papers built from the fixtures; the same title/author many times stresses key suffixes.
const library = (n: number): SavedPaper[] => Array.from({ length: n }, (_, i) => {
  const p = fixturePapers[i % fixturePapers.length];
  return { ...p, id: `2501.${String(10000 + i)}`, tags: [`t${i % 7}`, `u${i % 3}`] };
});
const small = library(1_000);
const papers = library(10_000);

/** The fastest of five runs (the least disturbed by other work on the machine). */
const time = (f: () => unknown) => {
  let best = Infinity;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    f();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
};

/** How many times longer 10,000 papers take than 1,000; linear is about 10. */
const growth = (f: (ps: SavedPaper[]) => unknown) => {
  f(small); // warm up
  return time(() => f(papers)) / Math.max(time(() => f(small)), 2);
};

describe('10,000 papers', { timeout: 60_000 }, () => {
  const formats: [string, (ps: SavedPaper[]) => unknown][] = [
    ['BibTeX', (ps) => toBibtex(ps)],
    ['RIS', (ps) => toRis(ps)],
    ['CSL-JSON', (ps) => toCslJson(ps)],
    ['CSV', (ps) => toCsv(ps)],
    ['Markdown', (ps) => toMarkdown(ps)],
    ['backup', (ps) => backupToJson(createBackup({ papers: ps, rules: [] }, '2026-01-01T00:00:00.000Z'))],
  ];
  it.each(formats)('%s grows linearly', (_name, f) => {
    expect(growth(f)).toBeLessThan(50);
  });

  it('validation and BibTeX import grow linearly and import every paper', () => {
    const json = (ps: SavedPaper[]) => backupToJson(createBackup({ papers: ps, rules: [] }, '2026-01-01T00:00:00.000Z'));
    const jsonSmall = json(small);
    const jsonBig = json(papers);
    expect(growth((ps) => validateBackup(ps === small ? jsonSmall : jsonBig, { checkRule: () => null }))).toBeLessThan(50);
    const bibSmall = toBibtex(small);
    const bibBig = toBibtex(papers);
    expect(growth((ps) => readBibtex(ps === small ? bibSmall : bibBig, '2026-01-01T00:00:00.000Z'))).toBeLessThan(50);
    expect(readBibtex(bibBig, '2026-01-01T00:00:00.000Z').papers).toHaveLength(10_000);
  });
});
