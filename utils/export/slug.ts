// Tag slugs for imported rules (SPEC.md: lower-case, '-' for spaces). Pure.

/** Slug of a free-text tag: lower-case, runs of whitespace become '-'. Idempotent. */
export function slugifyTag(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, '-');
}

/** A rule's default tag: the slug of its first term without term syntax (-x, /re/i, x*). */
export function tagFromTerm(term: string): string {
  let t = term.trim().replace(/^-/, '');
  const re = /^\/(.*)\/[a-z]*$/s.exec(t);
  if (re) t = re[1].replace(/\\[bBdDsSwW]/g, ' ').replace(/[^\p{L}\p{N}\s-]/gu, ' ');
  t = t.replace(/\*$/, '');
  return slugifyTag(t).replace(/^-+|-+$/g, '') || 'rule';
}
