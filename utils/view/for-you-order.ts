// Pure: the order "Sort by For you" puts a listing's papers in. Highest score first; papers
// without a score after the scored ones; hidden papers last (hidden is where the hide put them:
// out of the way); each group in Hugging Face's order. With every score equal and nothing hidden,
// that is Hugging Face's order itself ("Hugging Face order" restores it so).

export interface Ranked {
  id: string;
  /** 0–100, or null when the paper has none. */
  score: number | null;
  hidden: boolean;
  /** Position in Hugging Face's own order. */
  hf: number;
}

export function forYouOrder(papers: readonly Ranked[]): string[] {
  const group = (p: Ranked) => (p.hidden ? 2 : p.score === null ? 1 : 0);
  return [...papers]
    .sort((a, b) => group(a) - group(b) || (b.score ?? 0) - (a.score ?? 0) || a.hf - b.hf)
    .map((p) => p.id);
}
