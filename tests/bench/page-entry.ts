// Bundled into a plain page by tests/bench/run.mjs: the real content-script code paths
// (parse, match, decorate) exposed for timing in real Chromium.
import { parsePage } from '@/utils/page/parse-cards';
import { compileRules } from '@/utils/rules/matcher';
import { Decorator } from '@/entrypoints/papers.content/decorator';
import type { PageState } from '@/utils/messaging';
import { DEFAULT_SETTINGS, type Rule } from '@/utils/types';

function state(rules: Rule[]): PageState {
  return { rules, settings: { ...DEFAULT_SETTINGS }, manual: {}, savedIds: [] };
}

/**
 * Puts an untouched copy of the page's <main> in place (call outside any timing). Every timed pass
 * then starts from fresh nodes, as a page load does: no decorations, caches or per-node state from
 * an earlier pass, and the data-props JSON is parsed again.
 */
let pristine: Element | null = null;
function freshPage(): void {
  const main = document.querySelector('main')!;
  pristine ??= main.cloneNode(true) as Element;
  main.replaceWith(pristine.cloneNode(true));
  (globalThis as { gc?: () => void }).gc?.(); // run.mjs exposes it: no garbage of the last pass in the next
}

/** Parse + match + mark ids, marks, chips, controls, placeholders for every card: a page load. */
function decorateAll(url: string, rules: Rule[]): number {
  const t0 = performance.now();
  const d = new Decorator(document, () => url, () => {}, () => {});
  d.setState(state(rules));
  const t = performance.now() - t0;
  d.teardown();
  return t;
}

/**
 * A decorated page, then what the content script does on each later mutation batch: a re-run
 * with nothing changed, and one after the page appended `more` cards (copies under new ids).
 */
function rerun(url: string, rules: Rule[], more: number): { same: number; appended: number } {
  const d = new Decorator(document, () => url, () => {}, () => {});
  d.setState(state(rules));
  let t0 = performance.now();
  d.run();
  const same = performance.now() - t0;
  const cards = [...pristine!.querySelectorAll('article')].slice(0, more).map((a) => a.cloneNode(true) as Element);
  for (const el of cards.flatMap((c) => [...c.querySelectorAll('[href]')]))
    el.setAttribute('href', el.getAttribute('href')!.replace(/2999\./g, '2998.'));
  document.querySelector('main article')!.parentElement!.append(...cards);
  t0 = performance.now();
  d.run();
  const appended = performance.now() - t0;
  d.teardown();
  return { same, appended };
}

(globalThis as any).PaperSiftBench = { parsePage, compileRules, decorateAll, freshPage, rerun, Decorator };
