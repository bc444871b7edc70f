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

/** Parse + mark ids + controls (+ rules) for every card, as the content script does on load. */
function decorateAll(url: string, rules: Rule[]): number {
  const t0 = performance.now();
  const d = new Decorator(document, () => url, () => {}, () => {});
  d.setState(state(rules));
  const t = performance.now() - t0;
  d.teardown();
  return t;
}

(globalThis as any).PaperSiftBench = { parsePage, compileRules, decorateAll };
