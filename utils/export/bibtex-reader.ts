// A small BibTeX reader for importing .bib files: entries, fields, @string macros, "#"
// concatenation, {…} and "…" values, @comment/@preamble skipped, and recovery at the next
// "@" after a broken entry. Values are returned raw (LaTeX undone by the caller).
// Hand-written rather than a dependency: the well-kept parsers pull in LaTeX/NLP stacks of
// several MB that the Library page does not need for a few fields. Pure.
import { matchBrace } from './latex';

export interface BibEntry {
  type: string;
  key: string;
  /** Lower-case field names → raw values (macros expanded, "#" parts joined). */
  fields: Record<string, string>;
  line: number;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

class BibSyntax extends Error {}

export interface BibError {
  line: number;
  /** "Entry <key> at line <n>: <problem>" */
  message: string;
}

export function readBibtex(text: string): { entries: BibEntry[]; errors: BibError[] } {
  const entries: BibEntry[] = [];
  const errors: BibError[] = [];
  const macros = new Map<string, string>(MONTHS.map((m, i) => [m, String(i + 1)]));
  // Line numbers for messages, counted incrementally (positions only move forward) so a
  // large file stays linear.
  let countedTo = 0;
  let countedLines = 1;
  const lineAt = (p: number) => {
    if (p < countedTo) {
      countedTo = 0;
      countedLines = 1;
    }
    for (let i = text.indexOf('\n', countedTo); i >= 0 && i < p; i = text.indexOf('\n', i + 1)) countedLines++;
    countedTo = p;
    return countedLines;
  };
  let pos = 0;

  const skipSpace = () => {
    while (pos < text.length && /\s/.test(text[pos])) pos++;
  };
  const expect = (what: string) => {
    throw new BibSyntax(`expected ${what}`);
  };
  const readName = () => {
    const m = /^[^\s=,{}()"#]+/.exec(text.slice(pos, pos + 200));
    if (!m) expect('a name');
    pos += m![0].length;
    return m![0];
  };
  const readPart = (): string => {
    const c = text[pos];
    if (c === '{') {
      const end = matchBrace(text, pos);
      if (end >= text.length) expect('a closing }');
      const v = text.slice(pos + 1, end);
      pos = end + 1;
      return v;
    }
    if (c === '"') {
      let depth = 0;
      for (let i = pos + 1; i < text.length; i++) {
        const ch = text[i];
        if (ch === '\\') i++;
        else if (ch === '{') depth++;
        else if (ch === '}') depth--;
        else if (ch === '"' && depth === 0) {
          const v = text.slice(pos + 1, i);
          pos = i + 1;
          return v;
        }
      }
      expect('a closing "');
    }
    const name = readName();
    if (/^\d+$/.test(name)) return name;
    const macro = macros.get(name.toLowerCase());
    if (macro === undefined) throw new BibSyntax(`unknown @string ${name}`);
    return macro;
  };
  const readValue = () => {
    let v = '';
    for (;;) {
      skipSpace();
      v += readPart();
      skipSpace();
      if (text[pos] !== '#') return v;
      pos++;
    }
  };
  // name = value pairs up to the closing delimiter.
  const readFields = (close: string, into: (name: string, value: string) => void) => {
    for (;;) {
      skipSpace();
      if (text[pos] === close) {
        pos++;
        return;
      }
      const name = readName();
      skipSpace();
      if (text[pos] !== '=') expect(`= after ${name}`);
      pos++;
      into(name.toLowerCase(), readValue());
      skipSpace();
      if (text[pos] === ',') pos++;
      else if (text[pos] !== close) expect(`, or ${close}`);
    }
  };

  for (;;) {
    const at = text.indexOf('@', pos);
    if (at < 0) break;
    pos = at + 1;
    const line = lineAt(at);
    const type = /^[A-Za-z]+/.exec(text.slice(pos, pos + 40))?.[0]?.toLowerCase();
    if (!type) continue; // a stray @ in free text between entries is a comment
    pos += type.length;
    skipSpace();
    const open = text[pos];
    if (open !== '{' && open !== '(') continue;
    const close = open === '{' ? '}' : ')';
    let key = '';
    try {
      if (type === 'comment' || type === 'preamble') {
        pos = open === '{' ? matchBrace(text, pos) + 1 : text.indexOf(')', pos) + 1 || text.length;
        continue;
      }
      pos++;
      if (type === 'string') {
        readFields(close, (name, value) => macros.set(name, value));
        continue;
      }
      skipSpace();
      key = /^[^\s,{}()]*/.exec(text.slice(pos, pos + 1000))![0];
      pos += key.length;
      skipSpace();
      const fields: Record<string, string> = {};
      if (text[pos] === ',') {
        pos++;
        readFields(close, (name, value) => {
          if (!(name in fields)) fields[name] = value;
        });
      } else if (text[pos] === close) pos++;
      else expect(`, after the key ${key}`);
      entries.push({ type, key, fields, line });
    } catch (e) {
      if (!(e instanceof BibSyntax)) throw e;
      errors.push({ line, message: `Entry ${key ? key + ' ' : ''}at line ${line}: ${e.message}` });
      // Resume at the next entry that starts a line.
      const next = text.slice(pos).search(/\n\s*@/);
      pos = next < 0 ? text.length : pos + next + 1;
    }
  }
  return { entries, errors };
}
