export { splitTerms } from './terms';
export { compileTerm, RuleInputError, MAX_TERM_LENGTH, type CompiledTerm, type TermKind } from './compile-term';
export { catastrophicReason, compileCheckedTerm } from './regex-safety';
export { validateRuleInput, type RuleInput, type ValidRuleInput, type Validation } from './validate';
export {
  compileRules, fieldText, type Matcher, type MatcherOptions, type MatchRange, type RuleHit,
} from './matcher';
export { decide, type Chip, type Verdict } from './verdict';
export { DEFAULT_COLORS, PINNED_TAG, REGEX_FIELD_CAP, MATCH_BUDGET_MS } from './defaults';
