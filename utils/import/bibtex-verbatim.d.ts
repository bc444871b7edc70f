// Types of the BibTeX parser's verbatim stage (dist/types/verbatim.d.ts of @retorquere/bibtex-parser
// 9.0.29), reached through the alias in wxt.config.ts: the package's exports map names only its index.
declare module '@retorquere/bibtex-parser/verbatim' {
  export interface Entry {
    input: string;
    type: string;
    key: string;
    /** Lower-case field names → values as written (macros expanded, `#` joined, LaTeX kept). */
    fields: Record<string, string>;
  }
  export interface ParseError {
    error: string;
    input?: string;
  }
  export interface Library {
    entries: Entry[];
    strings: Record<string, string>;
    comments: string[];
    errors: ParseError[];
    preambles: string[];
  }
  export function parse(input: string, options?: { max_entries?: number; strings?: string | Record<string, string> }): Library;
}
