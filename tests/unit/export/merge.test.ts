import { describe, expect, it } from 'vitest';
import { createBackup, createRulePack } from '../../../utils/export/backup';
import { mergeBackup, mergePaper, unionTags } from '../../../utils/export/merge';
import { fixturePapers, savedPaper } from '../../fixtures/papers';
import { rules } from './fixture-rules';

const NOW = '2026-11-25T10:00:00.000Z';

describe('mergePaper', () => {
  const stored = savedPaper({
    id: '2401.00001', title: 'Stored title', authors: ['A B'], summary: '', upvotes: null,
    savedAt: '2026-01-01T00:00:00.000Z', tags: ['LLM', 'agents'], status: 'reading', note: 'short',
    localOnly: 1,
  });
  const incoming = savedPaper({
    id: '2401.00001', title: 'Incoming title', authors: ['X Y', 'Z W'], summary: 'An abstract', upvotes: 12,
    savedAt: '2026-02-01T00:00:00.000Z', tags: ['llm', 'robots'], status: 'done', note: 'a longer note',
    fromBackup: 'kept',
  });

  it('keeps the newer savedAt, the union of tags, the longer note; stored values win; incoming fills gaps', () => {
    expect(mergePaper(stored, incoming)).toEqual({
      ...stored,
      summary: 'An abstract',
      upvotes: 12,
      savedAt: '2026-02-01T00:00:00.000Z',
      tags: ['LLM', 'agents', 'robots'],
      note: 'a longer note',
      fromBackup: 'kept',
    });
  });

  it('keeps the stored savedAt and note when they are newer/longer', () => {
    const m = mergePaper({ ...stored, savedAt: '2027-01-01T00:00:00.000Z', note: 'the longest note of all' }, incoming);
    expect(m.savedAt).toBe('2027-01-01T00:00:00.000Z');
    expect(m.note).toBe('the longest note of all');
    expect(m.status).toBe('reading');
  });

  it('takes the data of a complete incoming copy over a partial stored one', () => {
    const m = mergePaper({ ...stored, complete: false }, { ...incoming, complete: true });
    expect(m.authors).toEqual(['X Y', 'Z W']);
    expect(m.title).toBe('Incoming title');
    expect(m.complete).toBe(true);
    expect(m.status).toBe('reading');
  });

  it('dedupes tags case-insensitively', () => {
    expect(unionTags(['A', 'b'], ['a', 'B', 'c', 'C'])).toEqual(['A', 'b', 'c']);
  });
});

describe('mergeBackup', () => {
  it('adds new papers, merges saved ones, counts both (array or Map of stored papers)', () => {
    const stored = fixturePapers.slice(0, 5);
    const incoming = createBackup({ papers: fixturePapers.slice(3, 10), rules: [] }, NOW);
    for (const papers of [stored, new Map(stored.map((p) => [p.id, p]))]) {
      const r = mergeBackup({ papers, rules: [] }, incoming);
      expect(r.counts).toEqual({ papersAdded: 5, papersMerged: 2, rulesAdded: 0, rulesReplaced: 0 });
      expect(r.papers.map((p) => p.id)).toEqual(fixturePapers.slice(3, 10).map((p) => p.id));
    }
  });

  it('replaces rules with the same id in place and appends new ones after the stored rules', () => {
    const storedRules = [{ ...rules[0], terms: ['old'], order: 4 }, { ...rules[1], id: 'mine', order: 7 }];
    const pack = createRulePack([{ ...rules[1], order: 0 }, { ...rules[0], order: 1 }], NOW);
    const r = mergeBackup({ papers: [], rules: storedRules }, pack);
    expect(r.counts).toEqual({ papersAdded: 0, papersMerged: 0, rulesAdded: 1, rulesReplaced: 1 });
    expect(r.rules).toEqual([
      { ...rules[1], order: 8 },
      { ...rules[0], order: 4 },
    ]);
  });

  it('keeps unknown fields of both sides', () => {
    const stored = [{ ...fixturePapers[0], mine: true }];
    const incoming = createBackup({ papers: [{ ...fixturePapers[0], theirs: [1] }], rules: [] }, NOW);
    const [merged] = mergeBackup({ papers: stored, rules: [] }, incoming).papers;
    expect(merged.mine).toBe(true);
    expect(merged.theirs).toEqual([1]);
  });
});
