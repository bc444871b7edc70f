// Code-point sets as sorted, disjoint [lo, hi] ranges: just enough for the catastrophic-regex
// analysis to ask "can these two parts of a pattern consume the same character?".

export type CharRange = readonly [number, number];
export type CharSet = readonly CharRange[];

export const MAX_CP = 0x10ffff;
export const EMPTY: CharSet = [];
export const ANY: CharSet = [[0, MAX_CP]];
export const one = (cp: number): CharSet => [[cp, cp]];

export function union(...sets: CharSet[]): CharSet {
  const all = sets.flat().slice().sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [lo, hi] of all) {
    const last = out[out.length - 1];
    if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else out.push([lo, hi]);
  }
  return out;
}

export function complement(set: CharSet): CharSet {
  const out: CharRange[] = [];
  let next = 0;
  for (const [lo, hi] of set) {
    if (lo > next) out.push([next, lo - 1]);
    next = hi + 1;
  }
  if (next <= MAX_CP) out.push([next, MAX_CP]);
  return out;
}

export function overlaps(a: CharSet, b: CharSet): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i][1] < b[j][0]) i++;
    else if (b[j][1] < a[i][0]) j++;
    else return true;
  }
  return false;
}

const codes = (s: string): CharSet => union(...[...s].map((c) => one(c.codePointAt(0)!)));
export const DIGIT: CharSet = [[48, 57]];
export const WORD: CharSet = [[48, 57], [65, 90], [95, 95], [97, 122]];
export const SPACE: CharSet = union(
  codes('\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff'),
  [[0x2000, 0x200a]],
);
export const LINE_TERMINATORS: CharSet = codes('\n\r\u2028\u2029');

/** Add the other-case forms (the `i` flag). Large non-ASCII ranges are left as they are. */
export function caseClose(set: CharSet): CharSet {
  const extra: CharRange[] = [];
  for (const [lo, hi] of set) {
    for (const [a, b, shift] of [[65, 90, 32], [97, 122, -32]] as const) {
      const l = Math.max(lo, a);
      const h = Math.min(hi, b);
      if (l <= h) extra.push([l + shift, h + shift]);
    }
    if (hi - lo > 2000) continue; // keeps this cheap; only loses precision on exotic classes
    for (let c = Math.max(lo, 128); c <= hi; c++) {
      const ch = String.fromCodePoint(c);
      for (const v of [ch.toLowerCase(), ch.toUpperCase()]) {
        const cp = v.codePointAt(0)!;
        if (v.length === String.fromCodePoint(cp).length) extra.push([cp, cp]);
      }
    }
  }
  return extra.length ? union(set, extra) : set;
}

const propertyCache = new Map<string, CharSet>();
let bmp: string | undefined;
/** `\p{name}`: the BMP is scanned once per name; astral planes are assumed included (conservative). */
export function propertySet(name: string): CharSet {
  let set = propertyCache.get(name);
  if (set) return set;
  try {
    const re = new RegExp(`\\p{${name}}`, 'gu');
    bmp ??= String.fromCharCode(...Array.from({ length: 0xd800 }, (_, c) => c)) +
      String.fromCharCode(...Array.from({ length: 0x10000 - 0xe000 }, (_, c) => c + 0xe000));
    const ranges: [number, number][] = [];
    for (const m of bmp.matchAll(re)) {
      const c = m[0].charCodeAt(0); // matches come in order: extend the last range when adjacent
      const last = ranges[ranges.length - 1];
      if (last && last[1] === c - 1) last[1] = c;
      else ranges.push([c, c]);
    }
    set = [...ranges, [0x10000, MAX_CP]];
  } catch {
    set = ANY; // e.g. string properties of the v flag
  }
  propertyCache.set(name, set);
  return set;
}
