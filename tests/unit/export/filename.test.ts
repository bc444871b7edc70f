// Export file names (SPEC: papersift-<YYYY-MM-DD>.<ext>, by the local date).
import { describe, expect, it } from 'vitest';
import { exportFileName } from '@/utils/export/filename';

describe('exportFileName', () => {
  it('uses the local date', () => {
    const d = new Date(2026, 0, 5, 23, 59); // local time
    expect(exportFileName('bib', d)).toBe('papersift-2026-01-05.bib');
    expect(exportFileName('ris', d)).toBe('papersift-2026-01-05.ris');
    expect(exportFileName('csl', d)).toBe('papersift-2026-01-05.json');
    expect(exportFileName('csv', d)).toBe('papersift-2026-01-05.csv');
    expect(exportFileName('md', d)).toBe('papersift-2026-01-05.md');
    expect(exportFileName('backup', d)).toBe('papersift-backup-2026-01-05.json');
  });
});
