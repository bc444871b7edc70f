// RIS (Zotero, Mendeley, EndNote, Paperpile, PaperSift's own export) → saved papers. RIS is a line
// format: "TY  - JOUR" opens a record, "XX  - value" adds a field, lines without a tag continue
// the last value, "ER  - " closes the record. Small enough to read here, and strict: a record
// left open (no ER) refuses the file. Pure.
import type { SavedPaper } from '@/utils/types';
import { toTags } from '@/utils/paper/tags';
import { findArxivId } from './arxiv-id';
import { draftPaper, isoFromDateText } from './draft';
import { intake, titleLabel } from './entries';
import { ImportRefused, type ImportDraft } from './types';

type Record_ = { line: number; fields: Map<string, string[]> };

const TAG = /^([A-Z][A-Z0-9])  ?-(?: (.*)|$)/;

function records(text: string): Record_[] {
  const out: Record_[] = [];
  let open: Record_ | null = null;
  let last: string[] | null = null;
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
  lines.forEach((raw, i) => {
    const m = TAG.exec(raw);
    if (!m) {
      if (open && last && raw.trim()) last[last.length - 1] += ' ' + raw.trim(); // a continuation line
      return;
    }
    const [, tag, value = ''] = m;
    if (tag === 'TY') {
      if (open) throw new ImportRefused(`Not a complete RIS file: the record at line ${open.line} has no ER line before the next TY (line ${i + 1}); nothing was imported`);
      open = { line: i + 1, fields: new Map([['TY', [value.trim()]]]) };
      last = null;
    } else if (tag === 'ER') {
      if (!open) throw new ImportRefused(`Not a RIS file: ER at line ${i + 1} closes no record; nothing was imported`);
      out.push(open);
      open = null;
    } else if (open) {
      const values = open.fields.get(tag) ?? [];
      values.push(value.trim());
      open.fields.set(tag, values);
      last = values;
    }
  });
  if (open) throw new ImportRefused(`Not a complete RIS file: the record at line ${(open as Record_).line} has no ER line; nothing was imported`);
  return out;
}

/** "Family, Given[, Suffix]" → "Given Family [Suffix]". */
const risName = (n: string) => {
  const [family, given, suffix] = n.split(',').map((p) => p.trim());
  return [given, family, suffix].filter(Boolean).join(' ');
};

export function readRis(text: string, now: string): ImportDraft {
  const recs = records(text);
  if (!recs.length) throw new ImportRefused('Not a RIS file: no record starts with “TY  - ”; nothing was imported');
  const papers: SavedPaper[] = [];
  const taking = intake();
  for (const r of recs) {
    const all = (...tags: string[]) => tags.flatMap((t) => r.fields.get(t) ?? []);
    const one = (...tags: string[]) => all(...tags).find((v) => v) ?? '';
    const title = one('TI', 'T1', 'CT', 'BT');
    const id = findArxivId({ texts: all('UR', 'L1', 'L2', 'LK', 'DO', 'M1', 'M3', 'AN', 'JO', 'JF', 'T2', 'J2', 'N1', 'VL', 'IS', 'C7', 'SN', 'ID') });
    if (!taking.accepts(title ? titleLabel(title) : `record at line ${r.line}`, id, title)) continue;
    papers.push(
      draftPaper(
        {
          id,
          title,
          authors: all('AU', 'A1').map(risName),
          summary: one('AB', 'N2'),
          publishedAt: isoFromDateText(one('DA', 'PY', 'Y1')),
          tags: toTags(all('KW')),
          note: all('N1').join('\n').replace(/<[^>]+>/g, ' ').trim(),
        },
        now,
      ),
    );
  }
  return { papers, skipped: taking.skipped };
}
