// The one shape of everything PaperSift shows on a page. The decorator (decorator.ts) keeps each
// card in step with its view (utils/view/card-view.ts) by calling its features in list order;
// it never names one. To add a feature: a file exporting a PageFeature, one line in features.ts
// (or in index.ts when it needs the script's context: timers, messages), and, if it shows
// something new, the field in CardView (and viewKey) that says what.
import type { PageState } from '@/utils/types';
import type { CardView } from '@/utils/view/card-view';

export interface PageFeature {
  /**
   * Makes the article show v. The article shows nothing of this feature yet, or what this
   * feature's apply made of an earlier view: replace that. (Articles that may hold anything else of
   * ours, e.g. a card the page built from decorated nodes, are undone first.)
   */
  apply(article: Element, v: CardView): void;
  /** Takes away everything of this feature from the article, whoever added it. */
  undo(article: Element): void;
  /** Still shows what apply added? False when the page re-rendered it: the card is undone and applied again. */
  intact?(article: Element): boolean;
  /** After every pass, with every card's view by paper id, in page order: page-level work. */
  afterPass?(views: ReadonlyMap<string, CardView>, state: PageState): void;
  /** The script stops (undo has run on every card): page-level things go. */
  stop?(): void;
}
