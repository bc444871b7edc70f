// The door check for regular-expression terms: a rule is refused when its regex could take
// catastrophic time, e.g. `/(a+)+$/` → "can take catastrophic time (nested quantifier)".
// It runs where rules enter storage (validate.ts: the rule form, backup import); the page's
// matcher compiles stored rules without it, so the content script does not carry the analyser
// (≈ 2.5 KB gzipped, docs/PERFORMANCE.md#content-script-size).
import { compileTerm, RuleInputError, type CompiledTerm } from '../compile-term';
import { catastrophicReason } from './catastrophic';

export { catastrophicReason };

/** compileTerm, then refuse a regex whose backtracking could take catastrophic time. */
export function compileCheckedTerm(text: string): CompiledTerm {
  const term = compileTerm(text);
  const slow = term.kind === 'regex' ? catastrophicReason(term.pattern, term.flags) : null;
  if (slow) throw new RuleInputError(`"${term.source}" can take catastrophic time (${slow})`);
  return term;
}
