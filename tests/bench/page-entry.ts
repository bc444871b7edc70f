// Bundled into a plain page by tests/bench/run.mjs: the real content-script code paths
// (parse, match, decorate) exposed for timing in real Chromium.
import { parsePage } from '@/utils/page/parse-cards';
import { compileRules } from '@/utils/rules/matcher';
import { publishPlan } from '@/utils/rules/matcher/published';
import { ruleStyles } from '@/utils/rules/rule-styles';
import { Decorator } from '@/entrypoints/papers.content/decorator';
import { cardFeatures } from '@/entrypoints/papers.content/features';
import { seenMarks } from '@/entrypoints/papers.content/seen-marks';
import { forYouSort } from '@/entrypoints/papers.content/for-you-sort';
import { observeAdded } from '@/utils/dom/observe';
import type { PageState } from '@/utils/types';
import { DEFAULT_SETTINGS, type Rule } from '@/utils/types';

/** The page features as index.ts lists them (the keyboard, which needs the script's context, aside). */
const pageFeatures = () => [...cardFeatures(document, () => {}), forYouSort(document, () => {}), seenMarks(document, () => {})];

function state(rules: Rule[]): PageState {
  return { rules, plan: publishPlan(rules), ruleCss: ruleStyles(rules), settings: { ...DEFAULT_SETTINGS }, manual: {}, savedIds: [] };
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

/**
 * Parse + match + mark ids, marks, chips, controls, placeholders for every card: a page load,
 * wired as the content script is (index.ts: the page observer that triggers later passes).
 * `quiet` false: that observer stays connected during the pass (as before it was paused).
 */
function decorateAll(url: string, rules: Rule[], quiet = true): number {
  const stop = new AbortController();
  // What the background sends (rules parsed, their stylesheet): made there once per rule change.
  const st = state(rules);
  const t0 = performance.now();
  const d = new Decorator(document, () => url, pageFeatures());
  const added = observeAdded(document, () => d.run(), stop.signal);
  if (quiet) d.quietDuringRuns(added);
  d.setState(st);
  added.flush(); // what the observer queued (nothing, when quiet) is handled as the script would
  const t = performance.now() - t0;
  stop.abort();
  d.teardown();
  return t;
}

/**
 * A decorated page, then what the content script does on each later mutation batch: a re-run
 * with nothing changed, and one after the page appended `more` cards (copies under new ids).
 */
function rerun(url: string, rules: Rule[], more: number): { same: number; appended: number } {
  const d = new Decorator(document, () => url, pageFeatures());
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

/** Per article (document order): how many marks and chips a decorated page has, and whether it is hidden. */
function decorationCounts(url: string, rules: Rule[]): { marks: number; chips: number; hidden: boolean }[] {
  const d = new Decorator(document, () => url, pageFeatures());
  d.setState(state(rules));
  const out = [...document.querySelectorAll('main article')].map((a) => ({
    marks: a.querySelectorAll('mark[data-papersift-mark]').length,
    chips: a.querySelectorAll('[data-papersift-chip]').length,
    hidden: a.hasAttribute('data-papersift-hidden'),
  }));
  d.teardown();
  return out;
}

/**
 * The least DOM work the contract asks for on this page, with no reading, matching or logic:
 * per article an id attribute, a cloned control bar with its chips, a placeholder when hidden, and
 * as many <mark>s (each wrapping one character split off the title's first text node) as the real
 * pass makes. A floor for any design that writes SPEC's elements; the bench compares it to the naive pass.
 */
function contractFloor(counts: { marks: number; chips: number; hidden: boolean }[]): number {
  const bar = document.createElement('div');
  for (const label of ['Save', 'Hide', 'Copy BibTeX']) bar.append(Object.assign(document.createElement('button'), { textContent: label }));
  bar.append(document.createElement('span'));
  const chip = Object.assign(document.createElement('span'), { textContent: 'tag · in abstract' });
  const mark = document.createElement('mark');
  const box = Object.assign(document.createElement('div'), { textContent: 'Hidden by rule' });
  const articles = document.querySelectorAll('main article');
  // Found before timing: finding the text is reading, which the floor leaves out (a scoped
  // 'h3 a' query alone costs ~9 µs per card here: it checks every ancestor up to the root).
  const titleText = [...articles].map((a) => a.getElementsByTagName('h3')[0]?.getElementsByTagName('a')[0]?.firstChild);
  const t0 = performance.now();
  for (let i = 0; i < articles.length; i++) {
    const a = articles[i], c = counts[i];
    a.setAttribute('data-papersift-id', String(i));
    const b = bar.cloneNode(true) as Element;
    for (let k = 0; k < c.chips; k++) b.lastChild!.appendChild(chip.cloneNode(true));
    a.append(b);
    if (c.hidden) a.before(box.cloneNode(true));
    let node = titleText[i];
    for (let k = 0; k < c.marks && node instanceof Text && node.length > 1; k++) {
      const rest = node.splitText(1);
      const m = mark.cloneNode() as Element;
      node.replaceWith(m);
      m.append(node);
      node = rest;
    }
  }
  return performance.now() - t0;
}

(globalThis as any).PaperSiftBench = { parsePage, compileRules, decorateAll, decorationCounts, contractFloor, freshPage, rerun, Decorator };
