import { describe, expect, it } from 'vitest';
import { toRis } from '../../../utils/export/ris';
import { accented, bare, fixturePapers, latexy, savedPaper, sixtyAuthors } from '../../fixtures/papers';

/** Minimal RIS reader for tests: records of [tag, value] with continuation lines joined. */
function readRis(text: string): [string, string][][] {
  const records: [string, string][][] = [];
  let rec: [string, string][] = [];
  for (const line of text.split('\r\n')) {
    const m = /^([A-Z][A-Z0-9]) {2}- ?(.*)$/.exec(line);
    if (m) {
      if (m[1] === 'ER') {
        records.push(rec);
        rec = [];
      } else rec.push([m[1], m[2]]);
    } else if (line && rec.length) rec[rec.length - 1][1] += '\n' + line;
  }
  return records;
}

describe('toRis', () => {
  it('writes one GEN record per paper with the expected tags', () => {
    const p = { ...fixturePapers[0], tags: ['diffusion', 'long context'], note: 'Good' };
    const [rec] = readRis(toRis([p]));
    const get = (t: string) => rec.filter(([k]) => k === t).map(([, v]) => v);
    expect(rec[0]).toEqual(['TY', 'GEN']);
    expect(get('AU')).toEqual(['Liu, Xiaoran', 'Liu, Zhigeng', 'Huang, Zengfeng', 'Guo, Qipeng', 'He, Ziwei', 'Qiu, Xipeng']);
    expect(get('TI')).toEqual(['LongLLaDA: Unlocking Long Context Capabilities in Diffusion LLMs']);
    expect(get('PY')).toEqual(['2025']);
    expect(get('DA')).toEqual(['2025/06/17']);
    expect(get('AB')[0]).toMatch(/^Large Language Diffusion Models, or diffusion LLMs, have emerged as a significant/);
    expect(get('UR')).toEqual(['https://arxiv.org/abs/2506.14429']);
    expect(get('DO')).toEqual(['10.48550/arXiv.2506.14429']);
    expect(get('KW')).toEqual(['diffusion', 'long context']);
    expect(get('N1')).toEqual(['Good']);
  });

  it('ends each record with "ER  - " and uses CRLF', () => {
    const ris = toRis([accented, bare]);
    expect(ris.match(/^TY {2}- GEN\r$/gm)).toHaveLength(2);
    expect(ris.match(/^ER {2}- \r$/gm)).toHaveLength(2);
    expect(ris.replace(/\r\n/g, '')).not.toMatch(/\n/);
  });

  it('keeps accents, 60 authors, suffixes, and leaves out what is missing', () => {
    const [a, l, s, b] = readRis(toRis([accented, latexy, sixtyAuthors, bare]));
    expect(a.filter(([t]) => t === 'AU').map(([, v]) => v)).toEqual([
      'Núñez, José Ángel', 'Müller, Zoë', 'Kierkegaard, Søren', 'Üstün, Ahmet',
    ]);
    expect(l).toContainEqual(['AU', 'King, Martin Luther, Jr.']);
    expect(l).toContainEqual(['AU', 'Research and Development Team']);
    expect(l).toContainEqual(['TI', latexy.title]); // RIS has no escaping
    expect(s.filter(([t]) => t === 'AU')).toHaveLength(60);
    expect(b.map(([t]) => t)).toEqual(['TY', 'TI', 'PY', 'UR', 'DO']);
  });

  it('keeps a multi-line note and cannot be tricked into new tags by it', () => {
    const p = savedPaper({ id: '2401.00001', title: 'T', note: 'line one\nAU  - Mallory, Eve\nline three' });
    const [rec] = readRis(toRis([p]));
    expect(rec.filter(([t]) => t === 'AU')).toEqual([]);
    expect(rec).toContainEqual(['N1', 'line one\n AU  - Mallory, Eve\nline three']);
  });

  it('can leave out the DOI', () => {
    expect(toRis([bare], { doi: false })).not.toContain('DO  -');
  });
});
