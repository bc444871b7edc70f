// Every format must handle a 10,000-paper Library well under a second (the code is linear:
// key uniqueness uses a Map, not a scan). The limit here is loose so slow CI machines pass;
// typical times on a laptop are printed by `npx vitest run tests/unit/export --reporter=verbose`.
import { describe, expect, it } from 'vitest';
import type { SavedPaper } from '../../../utils/types';
import { backupToJson, createBackup } from '../../../utils/export/backup';
import { toBibtex } from '../../../utils/export/bibtex';
import { parseArxivBibtex } from '../../../utils/export/bibtex-import';
import { toCslJson } from '../../../utils/export/csl';
import { toCsv } from '../../../utils/export/csv';
import { toMarkdown } from '../../../utils/export/markdown';
import { toRis } from '../../../utils/export/ris';
import { validateBackup } from '../../../utils/export/validate';
import { fixturePapers } from './fixture-papers';

// 10,000 papers built from the fixtures; the same title/author many times stresses key suffixes.
const papers: SavedPaper[] = Array.from({ length: 10_000 }, (_, i) => {
  const p = fixturePapers[i % fixturePapers.length];
  return { ...p, id: `2501.${String(10000 + i)}`, tags: [`t${i % 7}`, `u${i % 3}`] };
});

const time = (f: () => unknown) => {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
};

describe('10,000 papers', () => {
  const formats: [string, () => unknown][] = [
    ['BibTeX', () => toBibtex(papers)],
    ['RIS', () => toRis(papers)],
    ['CSL-JSON', () => toCslJson(papers)],
    ['CSV', () => toCsv(papers)],
    ['Markdown', () => toMarkdown(papers)],
    ['backup', () => backupToJson(createBackup({ papers, rules: [] }, '2026-01-01T00:00:00.000Z'))],
  ];
  it.each(formats)('%s is fast', (_name, f) => {
    f(); // warm up
    expect(time(f)).toBeLessThan(1000);
  });

  it('validation and BibTeX import are fast', () => {
    const json = backupToJson(createBackup({ papers, rules: [] }, '2026-01-01T00:00:00.000Z'));
    expect(time(() => validateBackup(json, { checkRule: () => null }))).toBeLessThan(1500);
    const bib = toBibtex(papers);
    let count = 0;
    expect(time(() => (count = parseArxivBibtex(bib, '2026-01-01T00:00:00.000Z').papers.length))).toBeLessThan(3000);
    expect(count).toBe(10_000);
  });
});
