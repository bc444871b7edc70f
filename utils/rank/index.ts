// For you: a per-reader model of interest, learnt locally (see README "For you").
export { MIN_SAVED, trainModel, type RankInput, type RankModel, type RankOptions } from './model';
export { scorer, type Score, type Scorer, type RankWeights } from './score';
export { toStored, fromStored, type StoredModel } from './persist';
export { paperText } from './terms';
