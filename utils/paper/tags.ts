// Tags: one function for every path that makes one from typed text (SPEC.md "Tags"): the popup
// form, the Library's rule editor and tag fields, backup and BibTeX import, the v5 upgrade. Pure.

/**
 * A tag from typed text: trimmed, lower-cased, runs of whitespace become '-'. Also NFC (é typed
 * two ways is one tag), a space run's neighbouring '-' folded into it ("a - b" → "a-b") and no
 * '-' at either end. Idempotent; '' when nothing is left.
 */
export function toTag(text: string): string {
  return text
    .normalize('NFC')
    .trim()
    .toLowerCase()
    .replace(/[\s-]*\s[\s-]*/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** Tags as stored: each through toTag, empty ones dropped, duplicates merged (first kept). */
export function toTags(texts: readonly string[]): string[] {
  const out: string[] = [];
  for (const t of texts) {
    const tag = toTag(t);
    if (tag && !out.includes(tag)) out.push(tag);
  }
  return out;
}

/**
 * The tag a rule gets from a term when its Tag is left empty: the term's readable text through
 * toTag. `diffus*` → `diffus`; `-x` → `x` (callers pass the first positive term, see
 * firstPositiveTerm); `/diffusion\s+model/i` → `diffusion-model`. '' when nothing is readable.
 */
export function defaultTag(term: string): string {
  let body = term.trim();
  if (body.startsWith('-')) body = body.slice(1).trim();
  const re = /^\/([^]*)\/([a-z]*)$/i.exec(body);
  return toTag(re ? readableRegex(re[1]) : body.replace(/\*$/, ''));
}

/** The first term that is not an exception ("-term"), if any. */
export const firstPositiveTerm = (terms: readonly string[]): string | undefined =>
  terms.find((t) => !t.trim().startsWith('-'));

/**
 * A regex pattern as words: escapes such as \s, \b, \d, \p{L} and other regex syntax (groups,
 * quantifiers, anchors, alternation) read as spaces; an escaped symbol is itself (`C\+\+` → `C++`);
 * a class of one letter in both cases is that letter (`[Dd]iffusion` → `Diffusion`), any other
 * class a space.
 */
export function readableRegex(pattern: string): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      const n = pattern[i + 1] ?? '';
      if (/[A-Za-z0-9]/.test(n)) {
        out += ' ';
        i += 1 + escapeArgLength(pattern, i + 2, n);
      } else {
        out += n;
        i++;
      }
    } else if (c === '[') {
      const end = classEnd(pattern, i);
      out += oneLetter(pattern.slice(i + 1, end)) ?? ' ';
      i = end;
    } else if (c === '(') {
      out += ' ';
      const group = /^\(\?(?:<[=!]|<[^>]*>|[:=!])/.exec(pattern.slice(i));
      if (group) i += group[0].length - 1;
    } else if (c === '{' && /^\{\d*,?\d*\}/.test(pattern.slice(i))) {
      out += ' ';
      i = pattern.indexOf('}', i);
    } else out += '^$.*+?)|'.includes(c) ? ' ' : c;
  }
  return out;
}

/** Characters after `\n` that belong to the escape: \p{…}, \k<…>, \u{…}, \uXXXX, \xHH, \cX. */
function escapeArgLength(p: string, at: number, n: string): number {
  const rest = p.slice(at);
  const m =
    (n === 'p' || n === 'P' || n === 'u') && rest.startsWith('{') ? /^\{[^}]*\}/.exec(rest)
      : n === 'k' ? /^<[^>]*>/.exec(rest)
        : n === 'u' ? /^[0-9a-f]{4}/i.exec(rest)
          : n === 'x' ? /^[0-9a-f]{2}/i.exec(rest)
            : n === 'c' ? /^[a-z]/i.exec(rest)
              : null;
  return m ? m[0].length : 0;
}

/** Index of the `]` closing the class opened at `start` (the pattern's end when unclosed). */
function classEnd(p: string, start: number): number {
  for (let i = start + 1; i < p.length; i++) {
    if (p[i] === '\\') i++;
    else if (p[i] === ']') return i;
  }
  return p.length;
}

function oneLetter(inner: string): string | null {
  if (inner.startsWith('^') || inner.includes('\\')) return null;
  const chars = new Set([...inner].map((ch) => ch.toLowerCase()));
  return chars.size === 1 && /\p{L}/u.test(inner) ? [...inner][0] : null;
}
