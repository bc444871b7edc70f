// "Add pasted papers": the ids, links and DOIs in the pasted text become saved papers (completed
// from the public API like any saved id); each Hugging Face collection URL adds its papers, tagged
// with the collection's name, read from the public collections API. One import: all or nothing.
import { readPasted } from '@/utils/import/paste';
import { collectionApiUrl, readCollection } from '@/utils/import/collection';
import { draftPaper } from '@/utils/import/draft';
import { unionTags } from '@/utils/export/merge';
import type { SavedPaper } from '@/utils/types';
import { importPapers, noPapers, type ImportOutcome } from './import-file';

async function fetchCollection(url: string, fetchFn: typeof fetch): Promise<unknown> {
  let res: Response;
  try {
    res = await fetchFn(url, { headers: { accept: 'application/json' } });
  } catch {
    throw new Error(`The collection could not be reached (${url}); nothing was imported`);
  }
  if (!res.ok) throw new Error(`The collection could not be read (${url} answered ${res.status}); nothing was imported`);
  try {
    return await res.json();
  } catch {
    throw new Error(`The collection's answer is not JSON (${url}); nothing was imported`);
  }
}

export async function importPasted(text: string, fetchFn: typeof fetch = fetch): Promise<ImportOutcome> {
  const now = new Date().toISOString();
  const pasted = readPasted(text);
  const byId = new Map<string, SavedPaper>();
  const add = (p: SavedPaper) => {
    const had = byId.get(p.id);
    byId.set(p.id, had ? { ...had, title: had.title || p.title, tags: unionTags(had.tags, p.tags), note: had.note || p.note } : p);
  };
  const skipped = [...pasted.skipped];
  for (const id of pasted.ids) add(draftPaper({ id }, now));
  for (const ref of pasted.collections) {
    const draft = readCollection(await fetchCollection(collectionApiUrl(ref), fetchFn), ref, now);
    draft.papers.forEach(add);
    skipped.push(...draft.skipped);
  }
  if (!byId.size) throw new Error(noPapers(skipped));
  return importPapers([...byId.values()], skipped);
}
