/**
 * Split terms typed in one text field on commas. A term written `/pattern/flags` (or
 * `-/pattern/flags`) keeps its commas, e.g. `/a{1,3}/i, diffusion` is two terms.
 */
export function splitTerms(text: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i <= text.length) {
    const start = skipSpace(text, i);
    let end = regexTermEnd(text, start);
    let next: number;
    if (end >= 0) {
      next = skipSpace(text, end) + 1; // the comma after it (or past the end)
    } else {
      const comma = text.indexOf(',', start);
      end = comma < 0 ? text.length : comma;
      next = end + 1;
    }
    const term = text.slice(start, end).trim();
    if (term) out.push(term);
    i = next;
  }
  return out;
}

const skipSpace = (s: string, i: number) => {
  while (i < s.length && /\s/.test(s[i])) i++;
  return i;
};

/** End (after the flags) of a `/…/flags` term starting at i that is followed by a comma or the end; else -1. */
function regexTermEnd(s: string, i: number): number {
  if (s[i] === '-') i++;
  if (s[i] !== '/') return -1;
  let inClass = false;
  for (let j = i + 1; j < s.length; j++) {
    const c = s[j];
    if (c === '\\') j++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '/') {
      let k = j + 1;
      while (k < s.length && /[a-z]/i.test(s[k])) k++;
      const after = skipSpace(s, k);
      if (after >= s.length || s[after] === ',') return k;
      // an unescaped '/' inside the pattern (allowed by new RegExp): keep looking
    }
  }
  return -1;
}
