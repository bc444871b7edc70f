// What the Library shows of the For you model (message type; pure).
export interface ForYouStatus {
  /** Papers in the reading list now. */
  saved: number;
  /** Saved papers needed before there is a score. */
  minSaved: number;
  /** The stored model: what it learnt from, and when; null below minSaved. */
  model: { saved: number; hidden: number; passed: number; trainedAt: string } | null;
  /** Since a Reset: papers passed over before it no longer count (ISO), else null. */
  since: string | null;
}
