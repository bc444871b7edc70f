// The page features every card goes through, in the order they apply (feature.ts says how to add one).
// Those that need the content script's context (seen.ts, keyboard.ts) are added in index.ts.
import type { PageFeature } from './feature';
import { cardAttrs } from './card-attrs';
import { highlight } from './highlight';
import { hide } from './hide';
import { controls, type CardAction } from './controls';
import { forYou } from './for-you';

export function cardFeatures(doc: Document, act: CardAction): PageFeature[] {
  return [cardAttrs, highlight(doc), hide, controls(doc, act), forYou];
}
