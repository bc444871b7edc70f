// Wraps matched words in <mark data-papersift-mark> by splitting text nodes — never by
// rewriting HTML — so links, listeners and the page's own scripts keep their nodes.
import { resumeAfter } from '@/utils/rules/matcher/scan';

/** What to mark with `tag`: every match of the global `re`, or with `at`, what `at` confirms (matcher.ts TermFinder). */
export interface Marker {
  tag: string;
  re: RegExp;
  /** End of a match starting exactly at p (a place `re` found), or -1. */
  at?: (text: string, p: number) => number;
  /** Tells markers apart when views are compared (else re's source and flags). */
  key?: string;
}

export interface MarkRange {
  start: number;
  end: number;
  tag: string;
}

const SKIPPED_TAGS = new Set(['mark', 'script', 'style']);
/** Not text to mark (a mark, script or style) or our own UI. */
const skipped = (n: Element) => SKIPPED_TAGS.has(n.localName) || n.hasAttribute('data-papersift-ui');

/** Text nodes under el that are not inside a mark, our UI, a script or a style, in document order. */
function textsOf(el: Element, out: Text[]): Text[] {
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) out.push(n as Text);
    else if (n.nodeType === 1 && !skipped(n as Element)) textsOf(n as Element, out);
  }
  return out;
}

/**
 * Can el hold our marks (no mark, script or style between it and `within`, an ancestor already
 * known to be markable: the card)? The page reader never returns titles or abstracts inside our
 * UI, so this tests tag names alone. False too when el is no longer inside `within`.
 */
export function markable(el: Element, within: Element): boolean {
  for (let n: Element | null = el; n !== within; n = n.parentElement) if (!n || SKIPPED_TAGS.has(n.localName)) return false;
  return true;
}

/**
 * What to mark in one text: every marker's matches (empty ones never), in marker order; a match
 * overlapping one already taken is left out, so the first marker wins a word. Sorted by start.
 */
export function markRanges(data: string, markers: readonly Marker[]): MarkRange[] {
  const out: MarkRange[] = [];
  for (const { re, tag, at } of markers) {
    re.lastIndex = 0;
    for (let m = re.exec(data); m; m = re.exec(data)) {
      const start = m.index;
      const end = at ? at(data, start) : start + m[0].length;
      if (end <= start) {
        // no match here (or an empty one): go on from the next character, as a regex search would
        re.lastIndex = resumeAfter(data, start, re.unicode);
        continue;
      }
      if (!out.some((r) => start < r.end && r.start < end)) out.push({ start, end, tag });
      re.lastIndex = end;
    }
  }
  return out.length > 1 ? out.sort((a, b) => a.start - b.start) : out;
}


/**
 * Texts already worked out, with their ranges. A list, not a map: an element has one or two texts,
 * and comparing is cheaper than hashing a whole abstract.
 */
export type SeenTexts = { data: string; ranges: MarkRange[] }[];

/**
 * Marks what `markers` match in el's text, one text node at a time (a match never spans two).
 * `seen` carries the ranges per text for elements that repeat it (the desktop and mobile copy of
 * a card). `known` may give a text's ranges without running the markers (null: run them).
 * Returns how many marks it made; each is added to `made`.
 */
export function markElement(
  el: Element, markers: readonly Marker[], seen?: SeenTexts, made?: Node[],
  known?: (data: string) => MarkRange[] | null,
): number {
  let count = 0;
  for (const t of textsOf(el, [])) {
    const data = t.data;
    let ranges = seen?.find((s) => s.data === data)?.ranges;
    if (!ranges) {
      ranges = known?.(data) ?? markRanges(data, markers);
      seen?.push({ data, ranges });
    }
    if (ranges.length) count += wrapRanges(t, data, ranges, made);
  }
  return count;
}

/** Wraps the sorted, disjoint ranges of t's text (`data`) in marks. */
function wrapRanges(t: Text, data: string, ranges: readonly MarkRange[], made?: Node[]): number {
  // t keeps the text before the first mark; marks and the texts between them follow it in one
  // insertion (a split, a delete and an insert per mark cost about twice as much: see
  // docs/PERFORMANCE.md#marks-in-one-insertion).
  const doc = t.ownerDocument;
  const protos = protosOf(doc);
  const parts: (Node | string)[] = [];
  let at = ranges[0].start;
  for (const { start, end, tag } of ranges) {
    if (start > at) parts.push(data.slice(at, start));
    const mark = markOf(protos, doc, tag, data.slice(start, end));
    parts.push(mark);
    made?.push(mark);
    at = end;
  }
  if (at < data.length) parts.push(data.slice(at));
  t.data = data.slice(0, ranges[0].start);
  t.after(...parts);
  return ranges.length;
}

// <mark data-papersift-mark=tag>text</mark> built once and cloned: a page repeats the same few
// words, and one deep clone is cheaper than creating, labelling and filling a new element.
// Per document, per tag, per text.
type MarkProtos = Map<string, Map<string, Element>>;
const marks = new WeakMap<Document, MarkProtos>();

function protosOf(doc: Document): MarkProtos {
  let m = marks.get(doc);
  if (!m) marks.set(doc, (m = new Map()));
  return m;
}

function markOf(protos: MarkProtos, doc: Document, tag: string, text: string): Node {
  let byText = protos.get(tag);
  if (!byText) protos.set(tag, (byText = new Map()));
  let proto = byText.get(text);
  if (!proto) {
    if (byText.size > 1000) byText.clear();
    proto = doc.createElement('mark');
    proto.setAttribute('data-papersift-mark', tag);
    proto.textContent = text;
    byText.set(text, proto);
  }
  return proto.cloneNode(true);
}

/**
 * Removes every PaperSift mark under el, restoring the original text nodes. Returns whether el
 * still holds a <mark> (the page's own): then whatever is marked next needs markable().
 */
export function unmarkAll(el: Element): boolean {
  const all = el.getElementsByTagName('mark'); // live, and much cheaper than the query
  if (!all.length) return false; // the usual case
  const parents = new Set<Node>();
  for (const mark of el.querySelectorAll('mark[data-papersift-mark]')) {
    if (mark.parentNode) parents.add(mark.parentNode);
    mark.replaceWith(...mark.childNodes);
  }
  // Once per parent, after all unwrapping: the same text nodes as normalizing after each mark.
  for (const p of parents) p.normalize();
  return all.length > 0;
}
