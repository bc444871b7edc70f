// A lenient parser of JavaScript regular-expression syntax into a small tree for the
// catastrophic-time analysis. The pattern has already been accepted by `new RegExp`, so
// syntax errors are not reported here; approximations only ever widen character sets.
import {
  ANY, CharSet, DIGIT, LINE_TERMINATORS, SPACE, WORD, caseClose, complement, one, propertySet, union,
} from './charset';

export type RegexNode =
  | { t: 'set'; set: CharSet } // consumes one character from the set
  | { t: 'seq'; items: RegexNode[] }
  | { t: 'alt'; alts: RegexNode[] }
  | { t: 'rep'; node: RegexNode; min: number; max: number }
  | { t: 'look'; node: RegexNode } // lookaround: zero-width, analysed on its own
  | { t: 'zero' }; // anchors, \b, back-references (approximated as consuming nothing)

interface ClassAtom { set: CharSet; code?: number }

export function parseRegex(src: string, flags: string): RegexNode {
  const unicode = /[uv]/.test(flags);
  const icase = flags.includes('i');
  let i = 0;
  /** Index just past the next `ch`, or the end: never moves backwards. */
  const after = (ch: string) => {
    const j = src.indexOf(ch, i);
    return j < 0 ? src.length : j + 1;
  };
  const setNode = (set: CharSet): RegexNode => ({ t: 'set', set: icase ? caseClose(set) : set });

  function alternation(): RegexNode {
    const alts = [sequence()];
    while (src[i] === '|') {
      i++;
      alts.push(sequence());
    }
    return alts.length === 1 ? alts[0] : { t: 'alt', alts };
  }

  function sequence(): RegexNode {
    const items: RegexNode[] = [];
    while (i < src.length && src[i] !== '|' && src[i] !== ')') items.push(quantified(atom()));
    return items.length === 1 ? items[0] : { t: 'seq', items };
  }

  function quantified(node: RegexNode): RegexNode {
    let min: number;
    let max: number;
    const c = src[i];
    if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '?') [min, max] = [0, 1];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(i));
      if (!m) return node; // a literal '{' outside unicode mode
      min = Number(m[1]);
      max = m[2] ? (m[3] ? Number(m[3]) : Infinity) : min;
      i += m[0].length - 1;
    } else return node;
    i++;
    if (src[i] === '?') i++; // lazy: same worst case
    return { t: 'rep', node, min, max };
  }

  function atom(): RegexNode {
    const c = src[i];
    if (c === '(') return group();
    if (c === '[') return charClass();
    if (c === '.') {
      i++;
      return { t: 'set', set: flags.includes('s') ? ANY : complement(LINE_TERMINATORS) };
    }
    if (c === '^' || c === '$') {
      i++;
      return { t: 'zero' };
    }
    if (c === '\\') {
      const e = escape(false);
      return e ? setNode(e.set) : { t: 'zero' };
    }
    const cp = literal();
    return setNode(one(cp));
  }

  function literal(): number {
    const cp = unicode ? src.codePointAt(i)! : src.charCodeAt(i);
    i += cp > 0xffff ? 2 : 1;
    return cp;
  }

  function group(): RegexNode {
    i++;
    let look = false;
    if (src.startsWith('?<=', i) || src.startsWith('?<!', i)) [look, i] = [true, i + 3];
    else if (src.startsWith('?=', i) || src.startsWith('?!', i)) [look, i] = [true, i + 2];
    else if (src.startsWith('?<', i)) i = after('>'); // named group
    else if (src[i] === '?') i = after(':'); // (?: and modifier groups
    const body = alternation();
    i++; // ')'
    return look ? { t: 'look', node: body } : body;
  }

  function charClass(): RegexNode {
    i++;
    const negated = src[i] === '^';
    if (negated) i++;
    if (flags.includes('v')) {
      // nested classes and set operations: skip, assume any character
      for (let depth = 1; i < src.length && depth > 0; i++) {
        if (src[i] === '\\') i++;
        else if (src[i] === '[') depth++;
        else if (src[i] === ']') depth--;
      }
      return { t: 'set', set: ANY };
    }
    const parts: CharSet[] = [];
    while (i < src.length && src[i] !== ']') {
      const a = classAtom();
      if (a.code !== undefined && src[i] === '-' && i + 1 < src.length && src[i + 1] !== ']') {
        i++;
        const b = classAtom();
        if (b.code !== undefined) parts.push([[Math.min(a.code, b.code), Math.max(a.code, b.code)]]);
        else parts.push(a.set, one(45), b.set);
      } else parts.push(a.set);
    }
    i++; // ']'
    let set = union(...parts);
    if (icase) set = caseClose(set);
    return { t: 'set', set: negated ? complement(set) : set };
  }

  function classAtom(): ClassAtom {
    if (src[i] === '\\') return escape(true) ?? { set: ANY };
    const cp = literal();
    return { set: one(cp), code: cp };
  }

  const code = (cp: number): ClassAtom => ({ set: one(cp), code: cp });

  /** Reads an escape at i; null = zero-width (\b, \B, back-reference). */
  function escape(inClass: boolean): ClassAtom | null {
    const c = src[i + 1] ?? '\\';
    i += 2;
    switch (c) {
      case 'd': return { set: DIGIT };
      case 'D': return { set: complement(DIGIT) };
      case 'w': return { set: WORD };
      case 'W': return { set: complement(WORD) };
      case 's': return { set: SPACE };
      case 'S': return { set: complement(SPACE) };
      case 'b': return inClass ? code(8) : null;
      case 'B': return null;
      case 'n': return code(10);
      case 'r': return code(13);
      case 't': return code(9);
      case 'v': return code(11);
      case 'f': return code(12);
      case 'p':
      case 'P': {
        if (!unicode || src[i] !== '{') return code(c.charCodeAt(0));
        const end = after('}');
        const set = propertySet(src.slice(i + 1, end - 1));
        i = end;
        return { set: c === 'P' ? complement(set) : set };
      }
      case 'k':
        if (src[i] !== '<') return code(107);
        i = after('>'); // without named groups `\k<` is literal text outside unicode mode: close enough
        return null;
      case 'x': {
        const m = /^[0-9a-f]{2}/i.exec(src.slice(i));
        if (!m) return code(120);
        i += 2;
        return code(parseInt(m[0], 16));
      }
      case 'u': {
        const m = /^(?:\{([0-9a-f]+)\}|([0-9a-f]{4}))/i.exec(src.slice(i));
        if (!m) return code(117);
        i += m[0].length;
        return code(parseInt(m[1] ?? m[2], 16));
      }
      case 'c':
        if (/[a-z]/i.test(src[i] ?? '')) return code(src.charCodeAt(i++) % 32);
        return code(92);
      default:
        if (/[0-9]/.test(c)) {
          while (/[0-9]/.test(src[i] ?? '')) i++;
          return inClass || c === '0' ? { set: [[0, 0x39]] } : null; // octal-ish or back-reference
        }
        i--; // identity escape: the escaped character itself
        return code(literal());
    }
  }

  return alternation();
}
