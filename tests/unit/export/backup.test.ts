import { describe, expect, it } from 'vitest';
import { backupToJson, createBackup, createRulePack } from '../../../utils/export/backup';
import { validateBackup } from '../../../utils/export/validate';
import { edgePapers, fixturePapers } from '../../fixtures/papers';
import { rules } from './fixture-rules';

const NOW = '2026-11-25T10:00:00.000Z';
const ok = { checkRule: () => null };


describe('backup', () => {
  it('has SPEC.md’s shape', () => {
    const b = createBackup({ papers: fixturePapers, rules, settings: { paused: false, hideMode: 'dim' } }, NOW);
    expect(b).toMatchObject({ format: 'papersift-backup', version: 1, exportedAt: NOW });
    expect(b.papers).toHaveLength(fixturePapers.length);
    expect(b.rules).toEqual(rules);
    expect(b.settings).toEqual({ paused: false, hideMode: 'dim' });
    expect(Object.keys(JSON.parse(backupToJson(b)))).toEqual(['format', 'version', 'exportedAt', 'rules', 'papers', 'settings']);
  });

  it('accepts a Map’s values and a Date', () => {
    const map = new Map(fixturePapers.map((p) => [p.id, p]));
    const b = createBackup({ papers: map.values(), rules: [] }, new Date(NOW));
    expect(b.papers).toEqual(fixturePapers);
    expect(b.exportedAt).toBe(NOW);
    expect('settings' in b).toBe(false);
  });

  it('exports rules alone as a rule pack', () => {
    const pack = createRulePack(rules, NOW);
    expect(pack).toEqual({ format: 'papersift-backup', version: 1, exportedAt: NOW, rules, papers: [] });
    const back = validateBackup(backupToJson(pack), ok);
    expect(back).toEqual({ ok: true, backup: pack });
  });

  it('round-trips through validation with unknown fields at every level', () => {
    const papers = [...fixturePapers, ...edgePapers].map((p, i) => (i % 5 ? p : { ...p, extraField: { x: i }, complete: true }));
    const b = {
      ...createBackup({ papers, rules, settings: { paused: true, hideMode: 'remove', accent: 'teal' } }, NOW),
      generator: 'PaperSift 9.9',
    };
    const result = validateBackup(backupToJson(b), { ...ok, now: '2030-01-01T00:00:00.000Z' });
    expect(result).toEqual({ ok: true, backup: b });
  });
});
