// Per <article>, what the last parse read from it, so a live page re-reads only new and changed
// cards (see docs/PERFORMANCE.md#card-cache).
import type { PaperInfo } from '@/utils/types';
import type { ParsedCard } from './card';
import type { CardRead } from './read-card';
import * as S from './selectors';

export const sameList = (a: Element[], b: Element[]) => a.length === b.length && a.every((x, k) => x === b[k]);

export interface CacheEntry {
  year: number;
  outer: boolean;
  titles: Element[];
  abstracts: Element[];
  dom: CardRead;
  json?: PaperInfo;
  card?: ParsedCard;
}

/**
 * What parses read from each <article>, reused while the page leaves the article alone: repeated
 * parses of a live page (one per mutation batch) then read only new and changed cards. The owner
 * must report every node the page changes (utils/dom/observe.ts watchChanges). PaperSift's own
 * writes need no report: the reader skips our UI, and marks leave the text as it was.
 */
export class CardCache {
  private entries = new WeakMap<Element, CacheEntry>();

  /** @internal (parseListing) */
  get(article: Element): CacheEntry | undefined {
    return this.entries.get(article);
  }

  /** @internal (parseListing) */
  set(article: Element, e: CacheEntry): void {
    this.entries.set(article, e);
  }

  /** Nodes the page changed; `added` ones (put back after changes we could not see) also reset their cards. */
  changed(nodes: Iterable<Node>, added: Iterable<Node> = []): void {
    const seen = new Set<Node>();
    for (const node of nodes) {
      for (let n: Node | null = node; n && !seen.has(n); n = n.parentNode) {
        seen.add(n);
        this.entries.delete(n as Element);
      }
    }
    for (const n of added) {
      this.entries.delete(n as Element);
      if (n.nodeType === 1 && (n as Element).firstElementChild) for (const a of (n as Element).querySelectorAll(S.card)) this.entries.delete(a);
    }
  }
}
