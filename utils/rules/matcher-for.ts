// The compiled matcher for a rules array, recompiled only when the array changes (the page-state
// mirror hands out a new array exactly when rules change).
import type { Rule } from '@/utils/types';
import { compileRules, type Matcher } from './matcher';

let cached: { rules: readonly Rule[]; matcher: Matcher } | undefined;

export function matcherFor(rules: readonly Rule[]): Matcher {
  if (cached?.rules !== rules) cached = { rules, matcher: compileRules(rules) };
  return cached.matcher;
}
