// Rule engine constants.
/** Tag shown for a paper the reader highlighted by hand. */
export const PINNED_TAG = 'pinned';

/**
 * Characters of a field fed to user regular expressions (word terms see all of it). arXiv
 * abstracts are at most 1,920 characters; this bounds even a quadratic pattern such as /\d+x/.
 */
export const REGEX_FIELD_CAP = 8_000;

/** Per-paper time budget for user regular expressions, checked between fields. */
export const MATCH_BUDGET_MS = 25;
