// The pure page reader: URL predicates, JSON readers and card parsing for huggingface.co/papers.
export { pageKind, parsePageUrl, isListing, isPaperPage, paperIdFromHref, periodKey } from './detect';
export type { PageKind, PageUrl } from './detect';
export { paperFromDailyItem, paperFromApiPaper, cleanText } from './api-items';
export { readDataProps, propsMatchUrl } from './data-props';
export { parseCards, parsePage } from './parse-cards';
export type { ParsedCard, ParsedPage } from './parse-cards';
export { parseCount, parseCardDate } from './read-card';
export * as selectors from './selectors';
