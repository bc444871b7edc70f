import { describe, expect, it } from 'vitest';
import type { SavedPaper } from '../../../utils/types';
import { backupToJson, createBackup } from '../../../utils/export/backup';
import { utf8Length } from '../../../utils/export/import-size';
import { validateBackup, type ValidateResult } from '../../../utils/export/validate';
import { fixturePapers } from '../../fixtures/papers';
import { rules } from './fixture-rules';

const NOW = '2026-11-25T10:00:00.000Z';
const ok = { checkRule: () => null, now: NOW };
const json = (v: unknown) => JSON.stringify(v);
const base = { format: 'papersift-backup', version: 1 };
const error = (r: ValidateResult) => (r.ok ? 'ok' : r.error);
const papersFile = (papers: unknown[]) => json({ ...base, papers });

describe('validateBackup refuses bad files with the first problem and where', () => {
  it.each([
    ['{"format": "papersift-backup", ', 'The file is not valid JSON'],
    ['', 'The file is not valid JSON'],
    ['[1, 2]', 'Not a PaperSift backup (format is missing)'],
    [json({ version: 1 }), 'Not a PaperSift backup (format is missing)'],
    [json({ format: 'zotero', version: 1 }), 'Not a PaperSift backup (format is "zotero")'],
    [json({ format: 'papersift-backup' }), 'Not a PaperSift backup (version is missing)'],
    [json({ ...base, version: 2 }), 'Unsupported backup version 2'],
    [json({ ...base, version: '1' }), 'Unsupported backup version "1"'],
    [json({ ...base, exportedAt: 'yesterday' }), 'exportedAt is not a date'],
    [json({ ...base, papers: {} }), 'papers must be a list'],
    [json({ ...base, rules: 'r1' }), 'rules must be a list'],
    [json({ ...base, settings: [] }), 'settings is not an object'],
    [json({ ...base, settings: { hideMode: 'explode' } }), 'settings.hideMode must be placeholder, dim, remove (is "explode")'],
  ])('%s → %s', (text, message) => {
    expect(error(validateBackup(text, ok))).toBe(message);
  });

  it('names the paper that has no id or title', () => {
    const papers: unknown[] = fixturePapers.slice(0, 12).map((p) => ({ ...p }));
    expect(error(validateBackup(papersFile([...papers, { title: 'No id' }]), ok))).toBe('papers[12].id is missing');
    expect(error(validateBackup(papersFile([...papers, { id: '2401.00001' }]), ok))).toBe('papers[12].title is missing');
    expect(error(validateBackup(papersFile([...papers, { id: '2401.00001', title: '  ' }]), ok))).toBe('papers[12].title is empty');
    expect(error(validateBackup(papersFile([...papers, { id: 42, title: 'x' }]), ok))).toBe('papers[12].id must be text');
    expect(error(validateBackup(papersFile([...papers, { id: 'not-an-id', title: 'x' }]), ok)))
      .toBe('papers[12].id is not an arXiv id ("not-an-id")');
    expect(error(validateBackup(papersFile([...papers, 'x']), ok))).toBe('papers[12] is not an object');
  });

  it.each([
    [{ authors: 'A B' }, 'papers[0].authors must be a list'],
    [{ authors: ['A', 3] }, 'papers[0].authors[1] must be text'],
    [{ tags: [null] }, 'papers[0].tags[0] must be text'],
    [{ status: 'skimmed' }, 'papers[0].status must be unread, reading, done (is "skimmed")'],
    [{ savedAt: 'soon' }, 'papers[0].savedAt is not a date'],
    [{ publishedAt: 12 }, 'papers[0].publishedAt is not a date'],
    [{ upvotes: '3' }, 'papers[0].upvotes must be a number'],
    [{ note: {} }, 'papers[0].note must be text'],
    [{ complete: 'yes' }, 'papers[0].complete must be true or false'],
  ])('checks optional paper fields: %j', (extra, message) => {
    expect(error(validateBackup(papersFile([{ id: '2401.00001', title: 'T', ...extra }]), ok))).toBe(message);
  });

  it('refuses a paper listed twice (after id normalisation)', () => {
    const file = papersFile([{ id: '2401.00001', title: 'A' }, { id: 'arXiv:2401.00001v2', title: 'B' }]);
    expect(error(validateBackup(file, ok))).toBe('papers[1].id 2401.00001 is listed twice (also papers[0])');
  });

  it.each([
    [{ action: 'tag' }, 'rules[0].terms is missing'],
    [{ terms: [], action: 'tag' }, 'rules[0].terms is empty'],
    [{ terms: ['a', ' '], action: 'tag' }, 'rules[0].terms[1] is empty'],
    [{ terms: 'a', action: 'tag' }, 'rules[0].terms must be a list'],
    [{ terms: ['a'] }, 'rules[0].action is missing'],
    [{ terms: ['a'], action: 'explode' }, 'rules[0].action must be highlight, hide, tag (is "explode")'],
    [{ terms: ['a'], action: 'tag', fields: ['body'] }, 'rules[0].fields[0] must be title, abstract, authors, org (is "body")'],
    [{ terms: ['a'], action: 'tag', fields: [] }, 'rules[0].fields is empty'],
    [{ terms: ['a'], action: 'tag', color: 'red' }, 'rules[0].color must be a #rrggbb colour (is "red")'],
    [{ terms: ['a'], action: 'tag', enabled: 'no' }, 'rules[0].enabled must be true or false'],
    [{ terms: ['a'], action: 'tag', order: 'first' }, 'rules[0].order must be a number'],
    [7, 'rules[0] is not an object'],
  ])('checks rules: %j', (rule, message) => {
    expect(error(validateBackup(json({ ...base, rules: [rule] }), ok))).toBe(message);
  });

  it('refuses a rule the callback rejects (invalid regular expression), prefixed with where', () => {
    const checkRule = (rule: unknown) => {
      for (const t of (rule as { terms: string[] }).terms) {
        const m = /^\/(.*)\/([a-z]*)$/.exec(t);
        if (!m) continue;
        try {
          new RegExp(m[1], m[2]);
        } catch {
          return `invalid regular expression ${t}`;
        }
      }
      return null;
    };
    const bad = [...rules, { id: 'r3', terms: ['ok'], action: 'tag' }, { id: 'r4', terms: ['/(unclosed/'], action: 'hide' }];
    expect(error(validateBackup(json({ ...base, rules: bad }), { checkRule }))).toBe(
      'rules[3]: invalid regular expression /(unclosed/',
    );
    const seen: number[] = [];
    validateBackup(json({ ...base, rules }), { checkRule: (_r, i) => (seen.push(i), null) });
    expect(seen).toEqual([0, 1]);
  });

  it('refuses a rule id listed twice', () => {
    const file = json({ ...base, rules: [rules[0], { ...rules[1], id: 'r1' }] });
    expect(error(validateBackup(file, ok))).toBe('rules[1].id r1 is listed twice (also rules[0])');
  });

  it('refuses files over 20 MB before parsing them', () => {
    const big = 'x'.repeat(50 * 1024 * 1024);
    expect(error(validateBackup(big, ok))).toBe('The file is too large (50.0 MB; the limit is 20 MB)');
    expect(utf8Length('aé€😀')).toBe(1 + 2 + 3 + 4);
    const mixed = 'Café — 50% {\\LaTeX} ünïcødé 日本語 😀😀 end. '.repeat(1000);
    expect(utf8Length(mixed)).toBe(new TextEncoder().encode(mixed).length);
  });
});

describe('validateBackup fills defaults', () => {
  it('for a minimal paper and rule', () => {
    const r = validateBackup(
      json({
        ...base, exportedAt: '2026-01-02T03:04:05.000Z',
        papers: [{ id: 'arXiv:2405.12345v3', title: 'Minimal' }, { id: 'HEP-TH/9901001v1', title: 'Old' }],
        rules: [{ terms: ['Diffusion Models', 'x'], action: 'highlight' }, { terms: ['/\\bDiT\\b/i'], action: 'tag', tag: 'Vision Transformers' }],
      }),
      ok,
    );
    if (!r.ok) throw new Error(r.error);
    const expected: SavedPaper = {
      id: '2405.12345', title: 'Minimal', authors: [], summary: '', publishedAt: null, org: null,
      githubUrl: null, githubStars: null, upvotes: null, hfUrl: 'https://huggingface.co/papers/2405.12345',
      arxivUrl: 'https://arxiv.org/abs/2405.12345', savedAt: '2026-01-02T03:04:05.000Z', tags: [],
      status: 'unread', note: '',
    };
    expect(r.backup.papers[0]).toEqual(expected);
    expect(r.backup.papers[1].id).toBe('hep-th/9901001');
    expect(r.backup.rules[0]).toEqual({
      id: expect.stringMatching(/^r-[0-9a-z]+$/), tag: 'diffusion-models', terms: ['Diffusion Models', 'x'],
      fields: ['title', 'abstract'], action: 'highlight', color: '#ffe08a', enabled: true, order: 0,
    });
    expect(r.backup.rules[1]).toMatchObject({ tag: 'vision-transformers', order: 1 });
    expect(r.backup.rules[0].id).not.toBe(r.backup.rules[1].id);
    expect(r.backup.exportedAt).toBe('2026-01-02T03:04:05.000Z');
    expect(r.backup.settings).toBeUndefined();
  });

  it('uses now for savedAt and exportedAt when the file has neither, and strips a BOM', () => {
    const r = validateBackup('\uFEFF' + papersFile([{ id: '2405.12345', title: 'T' }]), ok);
    expect(r.ok && r.backup.papers[0].savedAt).toBe(NOW);
    expect(r.ok && r.backup.exportedAt).toBe(NOW);
    expect(r.ok && r.backup.rules).toEqual([]);
  });

  it('gives the same id to the same id-less rule, so a pack imported twice replaces itself', () => {
    const file = json({ ...base, rules: [{ terms: ['robot*'], action: 'hide' }] });
    const a = validateBackup(file, ok);
    const b = validateBackup(file, ok);
    expect(a.ok && b.ok && a.backup.rules[0].id === b.backup.rules[0].id).toBe(true);
    expect(a.ok && a.backup.rules[0].tag).toBe('robot');
  });

  it('accepts a real backup of the fixture papers unchanged', () => {
    const b = createBackup({ papers: fixturePapers, rules }, NOW);
    expect(validateBackup(backupToJson(b), ok)).toEqual({ ok: true, backup: b });
  });
});
