/** Tag names are slugs: lower-case, '-' for spaces, letters/digits/-/+/_ of any script. */
export function slugify(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .trim()
    .replace(/\s+/gu, '-')
    .replace(/[^\p{L}\p{M}\p{N}_+-]/gu, '') // \p{M}: combining marks are part of letters in many scripts
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '');
}
