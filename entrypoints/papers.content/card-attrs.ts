// The page contract's card attributes besides the id (SPEC "Page contract"): the tags of every
// matching rule, and whether the paper is in the reading list. Both stay while paused.
import type { PageFeature } from './feature';

const TAGS = 'data-papersift-tags';
const SAVED = 'data-papersift-saved';

export const cardAttrs: PageFeature = {
  apply(article, v) {
    const tags = v.verdict.tags;
    if (tags.length) article.setAttribute(TAGS, tags.join(' '));
    else if (article.hasAttribute(TAGS)) article.removeAttribute(TAGS);
    if (v.saved !== article.hasAttribute(SAVED)) article.toggleAttribute(SAVED, v.saved);
  },
  undo(article) {
    article.removeAttribute(TAGS);
    article.removeAttribute(SAVED);
  },
};
