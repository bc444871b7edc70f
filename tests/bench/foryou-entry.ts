// Bundled for node by foryou-eval.mjs: the For you model and the suggested-rules baseline,
// exactly as the extension runs them.
export { trainModel, scorer, paperText, toStored, fromStored } from '@/utils/rank';
export { suggestRules } from '@/utils/suggest';
export { compileRules } from '@/utils/rules/matcher';
