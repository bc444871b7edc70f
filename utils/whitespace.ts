// Whitespace collapsed to single spaces, trimmed: how titles and abstracts are compared and shown.

// Only runs that are not already one plain space are replaced: most of a text's spaces are, and
// a replacement per space made this ≈ 3× slower on HF abstracts (hard line breaks in the JSON).
const LONG_OR_ODD_RUN = /\s\s+|[^\S ]/g;
const NEEDS_WORK = /\s\s|[^\S ]/;

export const collapseWhitespace = (s: string): string => (NEEDS_WORK.test(s) ? s.replace(LONG_OR_ODD_RUN, ' ') : s).trim();
