// Static check for patterns whose backtracking can take exponential or high-polynomial time.
// Heuristic and deliberately conservative: it may refuse a few safe patterns (the message
// says why), while the matcher still caps text length and time for anything that slips by.
import { CharSet, EMPTY, overlaps, union } from './charset';
import { RegexNode, parseRegex } from './regex-ast';

/** Repetition counts above this are treated like `*` / `+`. */
const MANY = 10;

interface Info {
  nullable: boolean;
  first: CharSet; // characters a match can start with
  last: CharSet; // characters a match can end with
  chars: CharSet; // every character it can consume
  loops: Info[]; // unbounded repetitions inside it
}

const ZERO: Info = { nullable: true, first: EMPTY, last: EMPTY, chars: EMPTY, loops: [] };

export const REASONS = {
  nested: 'nested quantifier',
  emptyLoop: 'a repeated group that can match empty text',
  alternatives: 'repeated alternatives that can match the same text',
  adjacent: 'adjacent quantifiers that can match the same text',
} as const;

/** Why `new RegExp(source, flags)` may take catastrophic time, or null when it looks safe. */
export function catastrophicReason(source: string, flags: string): string | null {
  // Every reason needs a repetition that can run twice or more: `*`, `+` or `{n,m}`. Without any
  // of those characters (even escaped) there is none: the usual `\bword\b` skips the analysis.
  return REPEATS.test(source) ? analyse(source, flags) : null;
}

const REPEATS = /[*+{]/;

/** catastrophicReason without the shortcut (exported for its test). */
export function analyse(source: string, flags: string): string | null {
  let reason: string | null = null;
  const note = (r: string) => void (reason ??= r);

  function info(n: RegexNode, repeated: boolean): Info {
    switch (n.t) {
      case 'set':
        return { nullable: false, first: n.set, last: n.set, chars: n.set, loops: [] };
      case 'zero':
        return ZERO;
      case 'look':
        info(n.node, false);
        return ZERO;
      case 'seq': {
        const items = flatten(n.items);
        const infos = items.map((x) => info(x, repeated));
        checkAdjacent(items, infos, note);
        return seqInfo(infos);
      }
      case 'alt': {
        const infos = n.alts.map((a) => info(a, repeated));
        if (repeated && alternativesOverlap(n.alts, infos)) note(REASONS.alternatives);
        return altInfo(infos);
      }
      case 'rep': {
        const loops = n.max >= 2;
        const b = info(n.node, repeated || loops);
        if (loops && b.chars.length) {
          // An inner loop that can run into the next iteration's start and the previous one's
          // end lets the same text split between iterations in many ways: (a+)+, (.*a){20}.
          if (b.loops.some((l) => overlaps(l.chars, b.first) && overlaps(l.chars, b.last))) note(REASONS.nested);
          else if (b.nullable) note(REASONS.emptyLoop);
        }
        const self: Info = { ...b, nullable: n.min === 0 || b.nullable };
        if (n.max > MANY) self.loops = [...b.loops, b];
        return self;
      }
    }
  }

  info(parseRegex(source, flags), false);
  return reason;
}

const flatten = (items: RegexNode[]): RegexNode[] =>
  items.flatMap((x) => (x.t === 'seq' ? flatten(x.items) : [x]));

function seqInfo(infos: Info[]): Info {
  const firsts: CharSet[] = [];
  for (const x of infos) {
    firsts.push(x.first);
    if (!x.nullable) break;
  }
  const lasts: CharSet[] = [];
  for (const x of [...infos].reverse()) {
    lasts.push(x.last);
    if (!x.nullable) break;
  }
  return {
    nullable: infos.every((x) => x.nullable),
    first: union(...firsts),
    last: union(...lasts),
    chars: union(...infos.map((x) => x.chars)),
    loops: infos.flatMap((x) => x.loops),
  };
}

function altInfo(infos: Info[]): Info {
  return {
    nullable: infos.some((x) => x.nullable),
    first: union(...infos.map((x) => x.first)),
    last: union(...infos.map((x) => x.last)),
    chars: union(...infos.map((x) => x.chars)),
    loops: infos.flatMap((x) => x.loops),
  };
}

const isLoop = (n: RegexNode) => n.t === 'rep' && n.max > MANY;

/** `a+a+`, `\w+\s*\w+`, `.*.*`: two loops separated only by optional parts, able to trade characters. */
function checkAdjacent(items: RegexNode[], infos: Info[], note: (r: string) => void) {
  for (let i = 0; i < items.length; i++) {
    if (!isLoop(items[i])) continue;
    for (let j = i + 1; j < items.length; j++) {
      const [a, b] = [infos[i], infos[j]];
      if (isLoop(items[j]) && overlaps(a.chars, b.first) && overlaps(a.last, b.chars)) {
        note(REASONS.adjacent);
        return;
      }
      if (!b.nullable) break;
    }
  }
}

/** A fixed sequence of single characters (e.g. `ab`, `[ab]c`), or null. */
function fixed(n: RegexNode): CharSet[] | null {
  if (n.t === 'set') return [n.set];
  if (n.t !== 'seq') return null;
  const parts = flatten(n.items).map(fixed);
  return parts.every((p) => p) ? (parts as CharSet[][]).flat() : null;
}

/** Inside a loop, alternatives that can begin the same way make the loop ambiguous: (a|a)*, (a|aa)+. */
function alternativesOverlap(alts: RegexNode[], infos: Info[]): boolean {
  const fx = alts.map(fixed);
  for (let i = 0; i < alts.length; i++) {
    for (let j = i + 1; j < alts.length; j++) {
      const [x, y] = [fx[i], fx[j]];
      if (x && y) {
        // literal alternatives: ambiguous only if one can be a prefix of the other
        const n = Math.min(x.length, y.length);
        let k = 0;
        while (k < n && overlaps(x[k], y[k])) k++;
        if (k === n) return true;
      } else if (overlaps(infos[i].first, infos[j].first)) return true;
    }
  }
  return false;
}
