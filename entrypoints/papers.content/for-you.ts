// For you on each card: data-papersift-score (0–100) once the model exists (10+ saved papers),
// and on the best-scored cards a chip "For you 87" in the card's bar whose tooltip names the three
// terms that weighed most ("because: diffusion · video · sampling").
import type { CardView } from '@/utils/view/card-view';
import { controlsOf } from './controls';
import type { PageFeature } from './feature';

const SCORE = 'data-papersift-score';
const CHIP = 'data-papersift-for-you';
/** The chip marks the top of what listings show: above 3 in 4 of recent listings' papers. */
export const CHIP_MIN = 75;

const chipOf = (bar: Element | null) => bar?.querySelector(`:scope > [${CHIP}]`) ?? null;

function applyForYou(article: Element, v: CardView): void {
  // An earlier view's score and chip are not this one's (the chip comes only with a score).
  if (article.hasAttribute(SCORE)) undoForYou(article);
  const s = v.forYou;
  if (!s) return;
  article.setAttribute(SCORE, String(s.score));
  const bar = controlsOf(article);
  if (!bar || s.score < CHIP_MIN) return;
  const chip = chipOf(bar) ?? bar.appendChild(article.ownerDocument.createElement('span'));
  chip.setAttribute(CHIP, '');
  chip.className = 'papersift-chip';
  chip.textContent = `For you ${s.score}`;
  chip.setAttribute('title', s.because.length ? `because: ${s.because.join(' · ')}` : 'close to the papers you saved');
}

function undoForYou(article: Element): void {
  article.removeAttribute(SCORE);
  chipOf(controlsOf(article))?.remove();
}

/** After controls (features.ts): the chip goes into the card's bar. */
export const forYou: PageFeature = {
  apply: applyForYou,
  undo: undoForYou,
  // A bar the page rebuilt lost the chip: the card is applied again.
  intact: (article) => !(Number(article.getAttribute(SCORE)) >= CHIP_MIN) || !!chipOf(controlsOf(article)),
};
