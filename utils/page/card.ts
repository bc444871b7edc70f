// A parsed card: its text at once (what rules on the default fields match), the whole paper
// (page JSON over the card's DOM) on first use.
import type { PaperInfo, PaperText } from '@/utils/types';
import { blankPaper } from '@/utils/paper/info';
import type { CardRead } from './read-card';

export interface ParsedCard {
  id: string;
  /** Title and abstract, read with the card: what rules on the default fields match. */
  text: PaperText;
  /** Everything known about the paper (page JSON over the card's DOM), read on first use. */
  readonly paper: PaperInfo;
  /** Elements to decorate: the <article> (or fallback container) per occurrence of the paper. */
  articles: Element[];
  /** Title link elements, every copy (desktop + mobile); the paper page's <h1>. */
  titles: Element[];
  /** Visible abstract / summary elements, every copy; empty on compact cards. */
  abstracts: Element[];
}

/** JSON wins for text and numbers; the DOM keeps what JSON lacks. */
export function merge(dom: PaperInfo, json: PaperInfo | undefined): PaperInfo {
  if (!json) return dom;
  const out: PaperInfo = { ...dom };
  for (const [k, v] of Object.entries(json) as [keyof PaperInfo, unknown][]) {
    if (v !== null && v !== '') (out as unknown as Record<string, unknown>)[k] = v;
  }
  return { ...out, ...mergeText(dom, json) };
}

/** merge() of the text fields alone (the card's text without reading the rest). */
function mergeText(dom: PaperText, json: PaperText | undefined): PaperText {
  if (!json) return dom;
  const pick = <K extends keyof PaperText>(k: K) => (json[k] !== null && json[k] !== '' ? json[k] : dom[k]);
  const out = { id: pick('id'), title: pick('title'), summary: pick('summary'), aiSummary: pick('aiSummary') };
  // The card's <p> shows ai_summary when there is one: that text is no abstract.
  if (json.summary === null && dom.summary !== null && dom.summary === json.aiSummary) out.summary = null;
  return out;
}

/** A parsed card whose paper is put together on first use. */
export class Card implements ParsedCard {
  readonly id: string;
  readonly text: PaperText;
  private read: () => PaperInfo;
  private full: PaperInfo | undefined;
  constructor(
    dom: CardRead,
    private json: PaperInfo | undefined,
    readonly articles: Element[],
    readonly titles: Element[],
    readonly abstracts: Element[],
  ) {
    this.text = mergeText(dom.text, json);
    this.id = this.text.id;
    this.read = dom.full;
  }
  get paper(): PaperInfo {
    // Read after the parse returned, so outside its try: a card that cannot be read in full (markup
    // changed under us) still gives its text, never an exception to whoever asked.
    try {
      return (this.full ??= merge(this.read(), this.json));
    } catch {
      return (this.full = { ...blankPaper(this.id), ...this.text });
    }
  }
}
