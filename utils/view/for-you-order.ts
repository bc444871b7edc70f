// Pure: the order "Sort by For you" puts a listing's papers in. Highest score first; papers
// without a score keep their place relative to each other after the scored ones; hidden papers
// go last (hidden is where the hide put them: out of the way), each group in Hugging Face's order.

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

/** Hugging Face's order back: by the position each paper had there. */
export const hfOrder = (papers: readonly Ranked[]): string[] => [...papers].sort((a, b) => a.hf - b.hf).map((p) => p.id);
