// One field's text scanned once for all its terms. Worked example: the words `diffus*` and
// `video generation` make one group whose scan is the trie /(?:diffus|video\s+generation)/giu
// (only where a term can start matters). In "Video generation with diffusion" the scan stops
// at 0 and 22; at each stop only the terms whose first character fits are tried, each at exactly
// that position (Term.at): `video generation` → [0, 16], `diffus*` → [22, 31]. Overlapping
// terms ("video generation" and "generation") are each found as a scan of their own would find
// them: per term, the next stop tried is after its last match (tests/unit/rules/matcher-reference.test.ts).
// Why one scan: docs/PERFORMANCE.md#one-scan-per-field.
import type { TermSpec } from '@/utils/types';
import { escape } from '../compile-term';
import { asciiLead, sameAsciiLead } from '../words';
import type { Term } from './plan';

/** Terms scanned together in one field. */
export interface Group {
  scan: RegExp;
  /** Indexes into the plan's terms. */
  members: number[];
  /** User regexes: fed at most REGEX_FIELD_CAP characters, within the time budget. */
  capped: boolean;
  unicode: boolean;
  /** Plain words: per member its first character's tester (built when a character needs it). */
  leads: { source: string; code: number | null; re?: RegExp }[] | null;
  /** Flags of the members' own patterns, for testing a lead character. */
  leadFlags: string;
  /** Per first character (code point), the members worth trying: a page has few distinct ones. */
  byLead: Map<number, number[]>;
  /** 0 … members.length - 1: every member, for groups without leads. */
  all: number[];
  /** Scratch for scanGroup: where each member's own scan would resume (one allocation per group). */
  next: Float64Array;
}

/** Matches found in one field of the current paper: found[term] = [start, end, start, end, …]. */
export interface Found {
  found: (number[] | undefined)[];
  /** Terms set in `found`, to clear before the next paper. */
  touched: number[];
}

/**
 * Terms scanned together: one group per kind and flags; terms that must stand alone (back-references,
 * named groups) on their own. Word groups come first: their cost is linear, so they run even
 * when the regex time budget is spent.
 */
export function buildGroups(members: number[], terms: Term[]): Group[] {
  const byFlags = new Map<string, number[]>();
  const solo: number[][] = [];
  for (const i of members) {
    const t = terms[i].term;
    if (t.solo) solo.push([i]);
    else {
      const key = `${t.kind === 'regex' ? 'r' : 'w'}:${t.flags}`;
      byFlags.set(key, [...(byFlags.get(key) ?? []), i]);
    }
  }
  const out: Group[] = [];
  for (const list of [...byFlags.values(), ...solo]) {
    const t = terms[list[0]].term;
    const make = (ids: number[]): Group => ({
      scan: new RegExp(scanSource(ids.map((i) => terms[i].term)), t.flags + 'g'),
      members: ids,
      capped: t.kind === 'regex',
      unicode: /[uv]/.test(t.flags),
      leads: t.lead === null ? null : ids.map((i) => ({ source: terms[i].term.lead!, code: asciiLead(terms[i].term.literal!) })),
      leadFlags: t.flags,
      byLead: new Map(),
      all: ids.map((_, k) => k),
      next: new Float64Array(ids.length),
    });
    try {
      out.push(make(list));
    } catch {
      for (const i of list) out.push(make([i])); // a combination the engine refuses: scan each alone
    }
  }
  return out.sort((a, b) => Number(a.capped) - Number(b.capped));
}

/** Scans `text` once for the group's terms, adding each term's matches to `into`. */
export function scanGroup(g: Group, text: string, terms: Term[], into: Found): void {
  const { scan, all, next } = g;
  next.fill(0);
  scan.lastIndex = 0;
  for (let m = scan.exec(text); m; m = scan.exec(text)) {
    const p = m.index;
    for (const k of g.leads ? membersFor(g, text.codePointAt(p)!) : all) {
      if (next[k] > p) continue;
      const u = terms[g.members[k]];
      const end = u.at(text, p);
      if (end <= p) continue; // no match; empty matches never count
      const i = g.members[k];
      let list = into.found[i];
      if (!list) {
        into.found[i] = list = [];
        into.touched.push(i);
      }
      list.push(p, end);
      next[k] = u.onlyNegated ? Infinity : end; // an exception needs one match, not all
    }
    scan.lastIndex = resumeAfter(text, p, g.unicode);
  }
}

/** Where a regex search resumes after finding nothing at i: the next code point under /u, else the next unit. */
export function resumeAfter(text: string, i: number, unicode: boolean): number {
  const c = text.charCodeAt(i);
  const pair = unicode && c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
  return i + (pair ? 2 : 1);
}

/**
 * Where any of the terms can start. Plain words scan as one trie (about twice as fast in V8 as a
 * flat alternation of 40 words): only the positions matter, and both find the same ones.
 */
function scanSource(terms: TermSpec[]): string {
  const literals = terms.map((t) => t.literal);
  return literals.every((l) => l !== null) ? trieSource(literals as string[]) : terms.map((t) => `(?:${t.scan})`).join('|');
}

/**
 * One pattern matching exactly where any of the words starts: their shared beginnings written
 * once, e.g. diffusion, dataset → d(?:iffusion|ataset). Whitespace in a phrase is `\s+`, as in
 * compileWord. Characters are kept as typed: the group's flags decide case.
 */
export function trieSource(words: string[]): string {
  interface Node { next: Map<string, Node>; end: boolean }
  const root: Node = { next: new Map(), end: false };
  for (const w of words) {
    let n = root;
    for (const unit of w.split(/(\s+)/).flatMap((part, k) => (k % 2 ? [' '] : [...part]))) {
      let c = n.next.get(unit);
      if (!c) n.next.set(unit, (c = { next: new Map(), end: false }));
      n = c;
    }
    n.end = true;
  }
  const emit = (n: Node): string => {
    const alts = [...n.next].map(([unit, c]) => (unit === ' ' ? '\\s+' : escape(unit)) + emit(c));
    if (!alts.length) return '';
    const body = alts.length === 1 ? alts[0] : `(?:${alts.join('|')})`;
    return n.end ? `(?:${body})?` : body;
  };
  return emit(root);
}

/** Members whose first character can match `cp`; remembered per group. */
function membersFor(g: Group, cp: number): number[] {
  let ks = g.byLead.get(cp);
  if (!ks) {
    const ch = String.fromCodePoint(cp);
    ks = g.leads!.flatMap((lead, k) => {
      const hit = lead.code !== null && cp < 128 ? sameAsciiLead(lead.code, cp) : (lead.re ??= new RegExp(`^(?:${lead.source})`, g.leadFlags)).test(ch);
      return hit ? [k] : [];
    });
    g.byLead.set(cp, ks);
  }
  return ks;
}
