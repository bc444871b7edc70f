// Tags typed as comma-separated text: parsing (trimmed, normalised like the store does) and
// the suggestions offered for the tag being typed.
import { toTag, toTags } from '@/utils/paper/tags';

export const parseTags = (text: string): string[] => toTags(text.split(','));

export const tagsText = (tags: readonly string[]): string => tags.join(', ');

export const sameTags = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((t, i) => t === b[i]);

/**
 * Whole-field values for a <datalist>: what is typed so far with the last tag completed by an
 * existing tag ("diffusion, vi" → "diffusion, video"). Tags already present are not offered.
 */
export function tagSuggestions(text: string, known: readonly string[], max = 12): string[] {
  const cut = text.lastIndexOf(',');
  const head = cut < 0 ? '' : `${text.slice(0, cut + 1).trimEnd()} `;
  const partial = toTag(text.slice(cut + 1));
  const present = new Set(parseTags(text.slice(0, cut + 1)));
  return known
    .filter((t) => !present.has(t) && t.includes(partial))
    .sort((a, b) => Number(!a.startsWith(partial)) - Number(!b.startsWith(partial)) || a.localeCompare(b))
    .slice(0, max)
    .map((t) => head + t);
}
