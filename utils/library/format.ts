// Short display text for the Library: author lines, dates, counted nouns.
export function byline(authors: readonly string[], shown = 3): string {
  if (authors.length <= shown) return authors.join(', ');
  return `${authors.slice(0, shown).join(', ')} et al.`;
}

export const day = (iso: string | null | undefined): string => (iso ? iso.slice(0, 10) : '');

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
