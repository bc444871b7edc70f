// A Hugging Face collection → its papers, tagged with the collection's name. The public API
// (GET https://huggingface.co/api/collections/<owner>/<slug>, as huggingface_hub's get_collection
// reads it) answers { slug, title, owner, description, items: [{ _id, type, id, position,
// note?: { text } , … }], … }; a paper item's id is its arXiv id. Pure.
import type { SavedPaper } from '@/utils/types';
import { toTag } from '@/utils/paper/tags';
import { accept } from './arxiv-id';
import { draftPaper } from './draft';
import { isObj } from './json';
import { ImportRefused, skip, type ImportDraft, type Skipped } from './types';
import type { CollectionRef } from './paste';

const str = (v: unknown) => (typeof v === 'string' ? v : '');

export const collectionApiUrl = ({ owner, slug }: Pick<CollectionRef, 'owner' | 'slug'>) =>
  `https://huggingface.co/api/collections/${encodeURIComponent(owner)}/${encodeURIComponent(slug)}`;

export function readCollection(json: unknown, ref: CollectionRef, now: string): ImportDraft & { title: string } {
  const where = `${ref.owner}/${ref.slug}`;
  if (!isObj(json) || !Array.isArray(json.items)) throw new ImportRefused(`The collection ${where} could not be read (no items in the answer); nothing was imported`);
  const title = str(json.title).trim() || ref.slug.replace(/-[0-9a-f]{24}$/, '');
  const tag = toTag(title);
  const papers: SavedPaper[] = [];
  const skipped: Skipped[] = [];
  for (const item of json.items) {
    if (!isObj(item)) continue;
    const paper = isObj(item.paper) ? item.paper : item;
    const id = item.type === 'paper' ? accept(str(paper.id)) : null;
    if (!id) {
      const label = str(item.id) || str(item._id) || 'an item';
      skipped.push(skip(`${label} in ${title}`, item.type === 'paper' ? 'no arXiv id' : `a ${str(item.type) || 'item'}, not a paper`));
      continue;
    }
    const note = isObj(item.note) ? str(item.note.text) : '';
    papers.push(draftPaper({ id, title: str(paper.title), tags: tag ? [tag] : [], note }, now));
  }
  return { title, papers, skipped };
}
