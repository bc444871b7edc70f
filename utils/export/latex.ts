// LaTeX text escaping (export) and decoding of the common escapes (BibTeX import). Pure.

const ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  // Not special to LaTeX, but the default OT1 font encoding prints them as ¡ and ¿.
  '<': '\\textless{}',
  '>': '\\textgreater{}',
};

/** Escapes the ten LaTeX special characters (and < >); non-ASCII text stays UTF-8. One pass, linear. */
export function escapeLatex(text: string): string {
  return text.replace(/[\\{}&%$#_~^<>]/g, (c) => ESCAPES[c]);
}

// Accent commands → Unicode combining marks (composed with NFC afterwards).
const ACCENTS: Record<string, string> = {
  "'": '\u0301', '`': '\u0300', '^': '\u0302', '"': '\u0308', '~': '\u0303', '=': '\u0304',
  '.': '\u0307', u: '\u0306', v: '\u030C', H: '\u030B', c: '\u0327', k: '\u0328', r: '\u030A',
  d: '\u0323', b: '\u0331',
};
// Letter-like commands without arguments.
const SYMBOLS: Record<string, string> = {
  ss: 'ß', o: 'ø', O: 'Ø', aa: 'å', AA: 'Å', ae: 'æ', AE: 'Æ', oe: 'œ', OE: 'Œ', l: 'ł', L: 'Ł',
  i: 'ı', j: 'ȷ', textbackslash: '\\', textasciitilde: '~', textasciicircum: '^',
  textendash: '–', textemdash: '—', textquoteleft: '‘', textquoteright: '’', ldots: '…',
  dots: '…', textunderscore: '_', textbar: '|', textless: '<', textgreater: '>', S: '§', P: '¶',
  copyright: '©', textregistered: '®', texttrademark: '™', dag: '†', ddag: '‡',
};

/**
 * Undoes the LaTeX a reference manager puts in titles and names: escaped specials, accent
 * commands, letter commands, formatting commands (\emph{x} → x), grouping braces, dashes and
 * quotes. Math ($…$) is kept as written, since it has no plain-text form.
 */
export function decodeLatex(text: string): string {
  let out = '';
  let i = 0;
  const n = text.length;
  // Reads one argument: a {group} (decoded), a \command, or a single character.
  const readArg = (): string => {
    while (i < n && text[i] === ' ') i++;
    if (text[i] === '{') {
      const end = matchBrace(text, i);
      const inner = text.slice(i + 1, end);
      i = end + 1;
      return decodeLatex(inner);
    }
    if (text[i] === '\\') {
      const m = /^\\([a-zA-Z]+)/.exec(text.slice(i, i + 40));
      if (m) {
        i += m[0].length;
        return SYMBOLS[m[1]] ?? m[1];
      }
    }
    return text[i++] ?? '';
  };
  while (i < n) {
    const c = text[i];
    if (c === '$') {
      const end = text.indexOf('$', i + 1);
      const stop = end < 0 ? n : end + 1;
      out += text.slice(i, stop);
      i = stop;
    } else if (c === '\\') {
      const next = text[i + 1] ?? '';
      if (/[a-zA-Z]/.test(next)) {
        const m = /^[a-zA-Z]+/.exec(text.slice(i + 1, i + 41))!;
        const name = m[0];
        i += 1 + name.length;
        if (name in ACCENTS) {
          out += accent(readArg(), ACCENTS[name]);
        } else if (name in SYMBOLS) {
          if (text[i] === '{' && text[i + 1] === '}') i += 2;
          else if (text[i] === ' ') i++; // the space that ends a control word
          out += SYMBOLS[name];
        } else {
          // Formatting command (\emph{x}): keep the argument's text. Bare unknown command
          // (\LaTeX): keep its name, the closest plain text.
          let j = i;
          while (text[j] === ' ') j++;
          if (text[j] === '{' && text[j + 1] === '}') {
            out += name; // \LaTeX{}: an empty group only ends the command word
            i = j + 2;
          } else if (text[j] === '{') i = j;
          else out += name;
        }
      } else if (next in ACCENTS) {
        i += 2;
        out += accent(readArg(), ACCENTS[next]);
      } else if (next === '\\') {
        out += ' ';
        i += 2;
      } else {
        out += next; // \& \% \$ \# \_ \{ \} and friends
        i += 2;
      }
    } else if (c === '{' || c === '}') {
      i++;
    } else if (c === '~') {
      out += ' '; // a tie
      i++;
    } else if (text.startsWith('---', i)) {
      out += '—';
      i += 3;
    } else if (text.startsWith('--', i)) {
      out += '–';
      i += 2;
    } else if (text.startsWith('``', i)) {
      out += '“';
      i += 2;
    } else if (text.startsWith("''", i)) {
      out += '”';
      i += 2;
    } else {
      out += c;
      i++;
    }
  }
  return out.normalize('NFC');
}

function accent(base: string, mark: string): string {
  // The dotless \i and \j are written under accents: \'{\i} is í.
  const b = base.replace(/^ı/, 'i').replace(/^ȷ/, 'j');
  return b ? (b[0] + mark + b.slice(1)).normalize('NFC') : mark;
}

/** Index of the brace closing the one at `open` (or the text's end when unbalanced). */
export function matchBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  return text.length;
}
