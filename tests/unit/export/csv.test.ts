import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_HEADER, toCsv } from '../../../utils/export/csv';
import { accented, bare, edgePapers, fixturePapers, latexy, savedPaper, sixtyAuthors } from '../../fixtures/papers';

const read = (csv: string) => Papa.parse<string[]>(csv, { skipEmptyLines: true });

describe('toCsv', () => {
  it('starts with a UTF-8 BOM and the stable header, CRLF line ends', () => {
    const csv = toCsv([bare]);
    expect(csv.startsWith('\uFEFFid,title,authors,published,saved_at,status,tags,note,url,upvotes\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(CSV_HEADER).toEqual(['id', 'title', 'authors', 'published', 'saved_at', 'status', 'tags', 'note', 'url', 'upvotes']);
  });

  it('round-trips every value through a CSV parser', () => {
    const tricky = savedPaper({
      id: '2401.00009',
      title: 'Quotes "inside", commas, and\nnewlines',
      authors: ['A, B', 'C "D" E'],
      note: 'multi\r\nline; note',
      upvotes: 0,
    });
    const papers = [...fixturePapers, accented, sixtyAuthors, bare, tricky];
    const { data, errors } = read(toCsv(papers));
    expect(errors).toEqual([]);
    expect(data[0]).toEqual([...CSV_HEADER]);
    papers.forEach((p, i) => {
      expect(data[i + 1]).toEqual([
        p.id, p.title, p.authors.join('; '), p.publishedAt ?? '', p.savedAt, p.status,
        p.tags.join('; '), p.note, `https://arxiv.org/abs/${p.id}`, p.upvotes === null ? '' : String(p.upvotes),
      ]);
    });
  });

  it("guards against formula injection with a leading ' on = + - @ cells", () => {
    const evil = savedPaper({ id: '2401.00010', title: '-2+3', note: '@SUM(A1)', authors: ['=1+1'] });
    const { data } = read(toCsv([latexy, evil]));
    expect(data[1][7]).toBe(`'${latexy.note}`); // =HYPERLINK(...)
    expect(data[1][6]).toBe(`'+cmd; @at`);
    expect(data[2][1]).toBe("'-2+3");
    expect(data[2][2]).toBe("'=1+1");
    expect(data[2][7]).toBe("'@SUM(A1)");
    expect(data[1][1]).toBe(latexy.title); // everything else untouched
  });

  it('writes an empty cell for unknown dates and upvotes', () => {
    const { data } = read(toCsv(edgePapers));
    expect(data[4][3]).toBe('');
    expect(data[4][9]).toBe('');
  });
});
