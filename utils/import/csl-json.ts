// CSL-JSON (Zotero, Mendeley, Paperpile, citation-js, PaperSift's own export) → saved papers. The
// format is JSON already: an array of items with title, author [{family, given} | {literal}],
// issued {date-parts}, abstract, DOI, URL, number ("arXiv:<id>"), container-title. Pure.
import type { SavedPaper } from '@/utils/types';
import { toTags } from '@/utils/paper/tags';
import { bareArxivId, findArxivId } from './arxiv-id';
import { draftPaper, isoDate, isoFromDateText } from './draft';
import { intake } from './entries';
import { isObj, parseJson, str, type Obj } from './json';
import { ImportRefused, skip, type ImportDraft } from './types';

function name(n: unknown): string {
  if (!isObj(n)) return '';
  if (n.literal) return str(n.literal);
  return [n.given, n['non-dropping-particle'], n.family, n.suffix].map(str).filter(Boolean).join(' ');
}

function issued(v: unknown): string | null {
  if (!isObj(v)) return null;
  const parts = v['date-parts'];
  if (Array.isArray(parts) && Array.isArray(parts[0])) return isoDate(parts[0][0], parts[0][1], parts[0][2]);
  return isoFromDateText(str(v.raw) || str(v.literal));
}

const idOf = (it: Obj) =>
  findArxivId({ texts: [str(it.number), str(it.URL), str(it.DOI), str(it['container-title']), str(it.note), str(it.archive_location), str(it.volume)] })
  ?? bareArxivId(str(it.id)); // PaperSift's own items: the id is the arXiv id

export function readCslJson(text: string, now: string): ImportDraft {
  const root = parseJson(text);
  const items = Array.isArray(root) ? root : isObj(root) && Array.isArray(root.items) ? root.items : null;
  if (!items) throw new ImportRefused('Not a CSL-JSON file (expected a list of items); nothing was imported');
  const papers: SavedPaper[] = [];
  const taking = intake();
  items.forEach((it: unknown, i: number) => {
    if (!isObj(it)) return taking.skipped.push(skip(`item ${i + 1}`, 'not a CSL item'));
    const title = str(it.title).trim();
    const id = idOf(it);
    if (!taking.accepts(str(it.id) || (title ? `“${title.slice(0, 60)}”` : `item ${i + 1}`), id, title)) return;
    const keywords = Array.isArray(it.keyword) ? it.keyword.map(str) : str(it.keyword).split(/[,;]/);
    papers.push(
      draftPaper(
        {
          id,
          title,
          authors: Array.isArray(it.author) ? it.author.map(name) : [],
          summary: str(it.abstract),
          publishedAt: issued(it.issued),
          tags: toTags(keywords),
        },
        now,
      ),
    );
  });
  return { papers, skipped: taking.skipped };
}
