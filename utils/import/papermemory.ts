// PaperMemory's JSON export (Options → "Download memory": chrome.storage.local's `papers` object)
// → saved papers, keeping its tags, notes and dates. Its shape (vict0rsch/PaperMemory,
// src/options/options.js handleDownloadMemoryClick, src/shared/js/utils/parsers.js initPaper):
// { "__dataVersion": n, "<paper id>": { id: "Arxiv-2006.11239", title, author: "A and B",
// year, pdfLink, bibtex, note, tags: [], addDate, venue, source, … }, … }. Pure.
import type { SavedPaper } from '@/utils/types';
import { toTags } from '@/utils/paper/tags';
import { bareArxivId, findArxivId } from './arxiv-id';
import { draftPaper, isoDate } from './draft';
import { intake, titleLabel } from './entries';
import { isObj, parseJson, str, type Obj } from './json';
import { ImportRefused, type ImportDraft } from './types';

/** True when the parsed JSON is shaped like a PaperMemory export. */
export function isPaperMemory(root: unknown): root is Obj {
  if (!isObj(root)) return false;
  const papers = Object.entries(root).filter(([k]) => k !== '__dataVersion').map(([, v]) => v);
  return papers.length > 0 && papers.every((p) => isObj(p) && typeof p.id === 'string' && 'title' in p && ('pdfLink' in p || 'bibtex' in p));
}

/** "Arxiv-2006.11239", "Arxiv-hep-th_9802150" (PaperMemory writes / as _): the arXiv id. */
const fromMemoryId = (id: string) => (/^arxiv-/i.test(id) ? bareArxivId(id.slice(6).replace('_', '/')) : null);

export function readPaperMemory(text: string, now: string): ImportDraft {
  const root = parseJson(text);
  if (!isPaperMemory(root)) throw new ImportRefused('Not a PaperMemory export; nothing was imported');
  const papers: SavedPaper[] = [];
  const taking = intake();
  for (const [key, p] of Object.entries(root)) {
    if (key === '__dataVersion' || !isObj(p)) continue;
    const title = str(p.title).trim();
    const id = fromMemoryId(str(p.id)) ?? findArxivId({ texts: [str(p.pdfLink), str(p.url), str(p.doi), str(p.bibtex)] });
    if (!taking.accepts(title ? titleLabel(title) : key, id, title)) continue;
    papers.push(
      draftPaper(
        {
          id,
          title,
          authors: str(p.author).split(/\s+and\s+/),
          publishedAt: isoDate(p.year),
          savedAt: str(p.addDate) || null,
          tags: toTags(Array.isArray(p.tags) ? p.tags.map(str) : []),
          note: str(p.note),
        },
        now,
      ),
    );
  }
  return { papers, skipped: taking.skipped };
}
